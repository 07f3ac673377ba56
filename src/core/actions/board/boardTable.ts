import { numberFormats } from '../../format/numberFormats';
import { HEALTH_METRICS } from '../../health/healthRow';
import { STATUS_FILLS } from '../../health/statusFills';
import type { CellValue } from '../../workbook/workbookPort';
import { formatInstant } from '../formatInstant';
import type { BoardDocument } from './boardDocument';
import { rowProblem, type BoardRow } from './boardRow';

/** The board's columns, for the Sheets tab and a table file: each health metric as its rate (a fraction) and its status. */
export const BOARD_COLUMNS: readonly string[] = [
  'Client',
  'Workbook',
  'Market',
  'Data through',
  'Read-out refreshed',
  ...HEALTH_METRICS.flatMap((metric) => [metric, `${metric} status`]),
  'Orders overdue',
  'Due in 24 h',
  'Shipping those late breaches LDR',
  'GMV last 7 days',
  'GMV 7 days before',
  'QA errors',
  'QA warnings',
  'Last QA sign-off',
  'Last client export',
  'Tracker items due this week',
  'Early warnings',
  'Could not be read',
];

export interface BoardTable {
  readonly rows: CellValue[][];
  /** Same shape as `rows`: each cell's number format (null: automatic). */
  readonly formats: (string | null)[][];
  /** Same shape as `rows`: a status cell's fill, null elsewhere. */
  readonly fills: (string | null)[][];
}

const RATE_FORMAT = '0.0%';

/** The document's clients, in its order, one row each under BOARD_COLUMNS; times shown in `zone` (the board's). */
export function boardTable(document: BoardDocument, zone: string): BoardTable {
  const table: BoardTable = { rows: [], formats: [], fills: [] };
  for (const row of document.clients) {
    const money = numberFormats(row.currency).money;
    const cells: [CellValue, string | null, string | null][] = [
      [row.client || row.file, null, null],
      [row.file, null, null],
      [row.market, null, null],
      [row.dataThrough ?? '', null, null],
      [row.refreshedAt ? formatInstant(new Date(row.refreshedAt), zone) : row.error ? '' : 'never', null, null],
      ...HEALTH_METRICS.flatMap((metric): [CellValue, string | null, string | null][] => {
        const health = row.health.find((h) => h.metric === metric);
        return [
          [health?.value ?? '', RATE_FORMAT, null],
          [health?.status ?? '', null, health ? STATUS_FILLS[health.status] : null],
        ];
      }),
      [row.ordersDue?.overdue ?? '', null, null],
      [row.ordersDue?.next24h ?? '', null, null],
      [row.ordersDue ? (row.ordersDue.wouldBreachLdr ? 'yes' : 'no') : '', null, null],
      [row.gmv?.current ?? '', money, null],
      [row.gmv?.previous ?? '', money, null],
      [row.qa?.errors ?? '', null, null],
      [row.qa?.warnings ?? '', null, null],
      [signOffText(row, zone), null, null],
      [exportText(row, zone), null, null],
      [
        row.trackerDue.map((item) => `${item.text} (${item.owner || 'no owner'}, due ${item.due}${item.overdue ? ', overdue' : ''})`).join('; '),
        null,
        null,
      ],
      [
        row.health
          .filter((h) => h.status === 'WATCH' || h.status === 'AT RISK')
          .map((h) => `${h.metric}: ${h.warning}`)
          .join(' '),
        null,
        null,
      ],
      [rowProblem(row), null, null],
    ];
    table.rows.push(cells.map(([value]) => value));
    table.formats.push(cells.map(([, format]) => format));
    table.fills.push(cells.map(([, , fill]) => fill));
  }
  return table;
}

function signOffText(row: BoardRow, zone: string): string {
  const signOff = row.lastSignOff;
  if (!signOff) return row.error ? '' : 'none';
  return `${formatInstant(new Date(signOff.at), zone)} by ${signOff.by || 'unknown'}${signOff.current ? '' : ' (no longer current)'}`;
}

function exportText(row: BoardRow, zone: string): string {
  const exported = row.lastExport;
  if (!exported) return row.error ? '' : 'none';
  return `${exported.cadence.toUpperCase()} ${exported.period}, ${formatInstant(new Date(exported.at), zone)}`;
}
