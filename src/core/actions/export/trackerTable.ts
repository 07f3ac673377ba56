import { NEUTRAL_SETUP } from '../../workbook/surface';
import { InputError } from '../../values/errors';
import type { DayRange } from '../../metrics/dayRange';
import type { Settings } from '../../settings/settings';
import type { ColumnDef } from '../../table/columns';
import { dayCellReader } from '../../table/readDayColumn';
import { readTable, type Table } from '../../table/readTable';
import { formatDay } from '../../values/calendarDay';
import { cleanText } from '../../values/cleanText';
import { PLAN_TABS, type SetupTab } from '../../workbook/setupTabs';
import type { CellValue } from '../../workbook/workbookPort';
import type { TrackerItem, TrackerSection } from '../../report/clientUpdate';

/** One row of a tracker tab: its text cells by header, its date cells as days. */
export interface TrackerRow {
  readonly text: (header: string) => string;
  readonly day: (header: string) => number | undefined;
}

export function planTab(name: string): SetupTab {
  const tab = PLAN_TABS.find((t) => t.name === name);
  if (!tab) throw new Error(`The set-up has no '${name}' tab.`);
  return tab;
}

/**
 * The rows of a tracker tab laid out as the set-up lays it out (header found by its first column, so
 * the instruction row above it is skipped), or why it cannot be read: a missing tab, a bad date cell.
 */
export function readTrackerRows(values: CellValue[][] | undefined, layout: SetupTab, settings: Settings): TrackerRow[] | string {
  if (!values) return `No '${layout.name}' tab: ${NEUTRAL_SETUP} to add it.`;
  const columns: Record<string, ColumnDef> = {};
  for (const header of layout.headers) columns[header] = { key: header, headers: [header] };
  const first = layout.headers[0];
  let table: Table;
  try {
    table = readTable(values, { kind: `${layout.name} tab`, columns, required: [first], key: first }, layout.name);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  const readers = new Map<string, (row: number) => number | undefined>();
  const dayReader = (header: string): ((row: number) => number | undefined) => {
    let reader = readers.get(header);
    if (!reader) {
      const col = table.index(header);
      reader = col < 0 ? () => undefined : dayCellReader(table, col, settings, { typed: true });
      readers.set(header, reader);
    }
    return reader;
  };
  try {
    return [...table.rows].map((r) => {
      const days = new Map<string, number | undefined>();
      for (const header of layout.headers) if (layout.columns?.[header]?.validation?.kind === 'date') days.set(header, dayReader(header)(r));
      return {
        text: (header) => {
          const col = table.index(header);
          return col < 0 ? '' : cleanText(values[r][col]);
        },
        day: (header) => days.get(header),
      };
    });
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

export interface TrackerRule {
  readonly tab: string;
  readonly textColumn: string;
  readonly dueColumn: string;
  readonly statusColumn: string;
  /** Statuses that close a row. */
  readonly closed: readonly string[];
  /** The other column worth showing: priority, phase, mitigation. */
  readonly detail: (row: TrackerRow) => string;
  /** Only rows due in this range (and overdue ones); undefined keeps every open row. */
  readonly dueWithin?: DayRange;
}

/** Open action items: the client update's actions, the board's items due this week. */
export const ACTION_ITEMS: TrackerRule = {
  tab: 'Action items',
  textColumn: 'Action',
  dueColumn: 'Due date',
  statusColumn: 'Status',
  closed: ['Done'],
  detail: (r) => r.text('Priority'),
};

/** Open 30-60-90 plan milestones: the client update's next steps, the board's milestones due this week. */
export const PLAN_MILESTONES: TrackerRule = {
  tab: '30-60-90 plan',
  textColumn: 'Action',
  dueColumn: 'Due date',
  statusColumn: 'Status',
  closed: ['Done'],
  detail: (r) => [r.text('Phase'), r.text('Goal')].filter(Boolean).join(': '),
};

/** The open rows of a tracker tab, overdue ones flagged (due before as-of), soonest due first. */
export function trackerSection(values: CellValue[][] | undefined, rule: TrackerRule, asOf: number, settings: Settings): TrackerSection {
  const rows = readTrackerRows(values, planTab(rule.tab), settings);
  if (typeof rows === 'string') return { tab: rule.tab, items: [], detail: rows };
  const closed = new Set(rule.closed.map((s) => s.toLowerCase()));
  const items = rows
    .filter((row) => row.text(rule.textColumn) && !closed.has(row.text(rule.statusColumn).toLowerCase()))
    .map((row) => ({ row, due: row.day(rule.dueColumn) }))
    .filter(({ due }) => !rule.dueWithin || (due !== undefined && due <= rule.dueWithin.to))
    .sort((a, b) => (a.due ?? Number.MAX_SAFE_INTEGER) - (b.due ?? Number.MAX_SAFE_INTEGER))
    .map(({ row, due }): TrackerItem => ({
      text: row.text(rule.textColumn),
      owner: row.text('Owner'),
      due: due === undefined ? '' : formatDay(due),
      status: row.text(rule.statusColumn),
      overdue: due !== undefined && due < asOf,
      detail: rule.detail(row),
    }));
  return { tab: rule.tab, items };
}
