import { cleanText } from '../../values/cleanText';
import { isDate } from '../../values/isDate';
import { ownedTabName, tabState, writeOwnedTab, type TabState } from '../../workbook/ownedTabs';
import type { CellValue, Workbook } from '../../workbook/workbookPort';

/** The export record: owned by the add-on, one row added per export, earlier rows written back as read. */
export const EXPORTS_TAB = 'TTS · Exports';

export const EXPORTS_HEADER = [
  'Exported at',
  'By',
  'Cadence',
  'Period',
  'As of',
  'Outputs',
  'Sign-off relied on',
  'Override reason',
  'Internal notes',
  'Kind',
  'Inputs fingerprint',
];

/** What a row records: a client update's draft (export) or the copy delivered (deliver), or an evidence pack. */
export type ExportKind = 'Draft' | 'Delivered' | 'Evidence pack';

export interface ExportRecord {
  readonly at: Date;
  readonly by: string;
  readonly cadence: string;
  readonly period: string;
  readonly asOf: string;
  /** Links (Sheets) or paths (CLI), one per line. */
  readonly outputs: readonly string[];
  readonly signOff: string;
  readonly override: string;
  /** What the client copy leaves out (data notes, tab and row references, sources), one per line. */
  readonly internal: readonly string[];
  readonly kind: ExportKind;
  /** The inputs' fingerprint when the update was built: Deliver refuses a draft of other data. */
  readonly fingerprint: string;
}

/** Period, outputs, sign-off, override reason, internal notes: [column, width in pixels]. */
const COLUMN_WIDTHS: readonly (readonly [number, number])[] = [
  [3, 180],
  [5, 420],
  [6, 320],
  [7, 240],
  [8, 420],
  [10, 140],
];

const INTRO = 'One row per client update (WBR / MBR / QBR) exported as a draft or delivered, newest last; TTS Ops adds rows and never edits one.';

const COLUMN = Object.fromEntries(EXPORTS_HEADER.map((header, i) => [header, i])) as Record<(typeof EXPORTS_HEADER)[number], number>;

/** The newest row of a kind for a period in the log: its row (1-based), when and by whom, and the fingerprint of the data it was built from. */
export interface LoggedRow {
  readonly tab: string;
  readonly row: number;
  readonly at: CellValue;
  readonly by: string;
  readonly fingerprint: string;
}

/** The newest `kind` row of `cadence` (as the log writes it: 'WBR', 'MBR (month to date)') and `period`; undefined when none. */
export function newestLogged(workbook: Workbook, kind: ExportKind, cadence: string, period: string): LoggedRow | undefined {
  const state = tabState(workbook);
  const rows = loggedRows(workbook, state);
  for (let r = rows.length - 1; r >= 2; r--) {
    const row = rows[r];
    if (row[COLUMN.Kind] === kind && row[COLUMN.Cadence] === cadence && row[COLUMN.Period] === period)
      return {
        tab: ownedTabName(EXPORTS_TAB, state),
        row: r + 1,
        at: row[COLUMN['Exported at']],
        by: cleanText(row[COLUMN.By] ?? ''),
        fingerprint: String(row[COLUMN['Inputs fingerprint']] ?? ''),
      };
  }
  return undefined;
}

/** The rows of the workbook's own export log (intro and header included); none before its first export. */
function loggedRows(workbook: Workbook, state: ReturnType<typeof tabState>): CellValue[][] {
  const name = ownedTabName(EXPORTS_TAB, state);
  return state.owned.has(name) ? (workbook.readTab(state.owned.actual(name) ?? name) ?? []) : [];
}

/** Every output (path or link) the export log names. */
export function loggedOutputs(workbook: Workbook): Set<string> {
  const outputs = EXPORTS_HEADER.indexOf('Outputs');
  return new Set(
    loggedRows(workbook, tabState(workbook))
      .slice(2)
      .flatMap((row) => String(row[outputs] ?? '').split('\n'))
      .filter(Boolean),
  );
}

/** Appends the record to `TTS · Exports` (beside a user's tab of that name, never over it); returns the tab written. */
export function logExport(workbook: Workbook, record: ExportRecord): string {
  const state = tabState(workbook);
  const earlier = loggedRows(workbook, state);
  const kept = earlier.filter((row) => row.some((cell) => cell !== '' && cell !== null));
  const values: CellValue[][] = kept.length >= 2 ? kept.map((row) => row.slice()) : [[INTRO], EXPORTS_HEADER.slice()];
  // A log written before a column was added gets the current header; its rows keep their cells.
  if (EXPORTS_HEADER.slice(0, values[1].length).every((header, i) => values[1][i] === header)) values[1] = EXPORTS_HEADER.slice();
  values.push([
    record.at,
    record.by,
    record.cadence,
    record.period,
    record.asOf,
    record.outputs.join('\n'),
    record.signOff,
    record.override,
    record.internal.join('\n'),
    record.kind,
    record.fingerprint,
  ]);
  return writeOwnedTab(
    workbook,
    {
      name: EXPORTS_TAB,
      values,
      frozenRows: 2,
      headerRows: [1],
      columns: [
        { column: 0, width: 140, numberFormat: 'yyyy-mm-dd hh:mm', fromRow: 2 },
        ...COLUMN_WIDTHS.map(([column, width]) => ({ column, width })),
      ],
    },
    state,
  );
}

/**
 * The newest row of the add-on's `TTS · Exports` tab that went out (rows are only appended; a draft is for review, not
 * sent): when, by whom, which cadence and period; undefined without one.
 */
export function lastExport(workbook: Workbook, state: TabState): Pick<ExportRecord, 'at' | 'by' | 'cadence' | 'period' | 'override'> | undefined {
  const name = ownedTabName(EXPORTS_TAB, state);
  if (!state.owned.has(name)) return undefined;
  const values = workbook.readTab(state.owned.actual(name) ?? name) ?? [];
  const header = values.findIndex((row) => row[0] === EXPORTS_HEADER[0]);
  const column = (title: string): number => (header < 0 ? -1 : values[header].indexOf(title));
  const text = (row: readonly CellValue[], title: string): string => cleanText(row[column(title)] ?? '');
  for (let r = values.length - 1; r > header && header >= 0; r--) {
    const row = values[r];
    if (isDate(row[0]) && text(row, 'Kind') !== 'Draft')
      return { at: row[0], by: text(row, 'By'), cadence: text(row, 'Cadence'), period: text(row, 'Period'), override: text(row, 'Override reason') };
  }
  return undefined;
}
