import { reportFormat, type ReportFormat } from '../../format/reportFormat';
import { formatDay } from '../../values/calendarDay';
import { zonedDay } from '../../values/wallClock';
import type { Block, BlockCell } from '../../report/reportBlocks';
import type { BoardDocument } from './boardDocument';
import { rowProblem, type BoardRow } from './boardRow';

/** The board's columns as people read them: the terminal table and board.html (rates with their status in one cell). */
export const BOARD_VIEW_COLUMNS = [
  'Client',
  'Market',
  'Data through',
  'LDR',
  'VTR',
  'SFCR',
  'Cancel rate',
  'Refund rate',
  'Overdue',
  'Due in 24 h',
  'GMV 7 days',
  'Previous 7 days',
  'QA errors',
  'QA warnings',
  'Last sign-off',
  'Last export',
  'Tracker due',
  'Problem',
] as const;

/** The day of an instant on `zone`'s calendar (an evening sign-off in Los Angeles is already tomorrow in UTC). */
export const dayOnZone = (iso: string, zone: string): string => formatDay(zonedDay(new Date(iso), zone));
/** The client's name, or its file's name without the folders (the full path stays in board.json) while Settings names none. */
const clientName = (row: BoardRow): string => row.client || row.file.split(/[\\/]/).pop()!;
const count = (n: number | undefined): string => (n === undefined ? '' : String(n));

function signOffText(signOff: BoardRow['lastSignOff'], zone: string): string {
  if (!signOff) return 'none';
  return `${dayOnZone(signOff.at, zone)} ${signOff.by || 'unknown'} (${signOff.current ? 'current' : 'stale'})`;
}

function rowCells(row: BoardRow, zone: string): BlockCell[] {
  const format: ReportFormat = reportFormat(row.currency, row.market);
  const rates = (['LDR', 'VTR', 'SFCR', 'Cancel rate', 'Refund rate'] as const).map((metric): BlockCell => {
    const health = row.health.find((h) => h.metric === metric);
    if (!health) return { text: '' };
    return { text: `${health.value === null ? 'n/a' : format.percent(health.value, 1)} ${health.status}`, status: health.status, figure: true };
  });
  const overdueItems = row.trackerDue.filter((item) => item.overdue).length;
  const texts = (...cells: string[]): BlockCell[] => cells.map((text) => ({ text }));
  const figures = (...cells: string[]): BlockCell[] => cells.map((text) => ({ text, figure: true }));
  return [
    ...texts(clientName(row), row.market, row.dataThrough ?? ''),
    ...rates,
    { text: count(row.ordersDue?.overdue), tone: row.ordersDue?.overdue ? 'bad' : undefined, figure: true },
    { text: count(row.ordersDue?.next24h), tone: row.ordersDue?.wouldBreachLdr ? 'bad' : undefined, figure: true },
    ...figures(
      row.gmv ? format.money(row.gmv.current) : '',
      row.gmv ? (row.gmv.previous === null ? 'n/a' : format.money(row.gmv.previous)) : '',
      count(row.qa?.errors),
      count(row.qa?.warnings),
    ),
    ...texts(
      row.error ? '' : signOffText(row.lastSignOff, zone),
      row.lastExport ? `${dayOnZone(row.lastExport.at, zone)} ${row.lastExport.cadence}` : row.error ? '' : 'none',
      row.trackerDue.length ? `${row.trackerDue.length}${overdueItems ? ` (${overdueItems} overdue)` : ''}` : '',
      rowProblem(row),
    ),
  ];
}

/** The board as rows of text cells, worst first as given, each rate cell carrying its status for colour; days on `zone`'s calendar. */
export function boardView(document: BoardDocument, zone: string): BlockCell[][] {
  return document.clients.map((row) => rowCells(row, zone));
}

const TITLE_START = 'Agency board — ';

/** board.html's title: "Agency board — 2026-11-23", the day the board was made on `zone`'s calendar. */
export function boardTitle(document: BoardDocument, zone: string): string {
  return `${TITLE_START}${formatDay(zonedDay(new Date(document.now), zone))}`;
}

/** Whether an HTML page is a board page boardTitle titled. */
export const isBoardTitle = (html: string): boolean => html.includes(`<title>${TITLE_START}`);

/** board.html's blocks (the client update's look): when and how, the table, each client's tracker items due this week. */
export function boardBlocks(document: BoardDocument, zone: string): Block[] {
  const unreadable = document.clients.filter((row) => row.error).length;
  const tracker = document.clients
    .filter((row) => row.trackerDue.length)
    .flatMap((row) =>
      row.trackerDue.map(
        (item) => `${clientName(row)}: ${item.text} (${item.tab}, ${item.owner || 'no owner'}, due ${item.due}${item.overdue ? ', overdue' : ''})`,
      ),
    );
  return [
    {
      kind: 'paragraphs',
      lines: [
        `${document.clients.length} client workbook${document.clients.length === 1 ? '' : 's'}${unreadable ? `, ${unreadable} could not be read` : ''}; worst first.`,
        `Orders due counted from ${document.now}; board generated ${document.generatedAt}.`,
      ],
    },
    { kind: 'table', header: [...BOARD_VIEW_COLUMNS], rows: boardView(document, zone) },
    {
      kind: 'note',
      text:
        'Rates over each shop’s health window, as its TTS · Health read-out computes them; VTR counts packages where the export has Package ID. ' +
        'Overdue: paid, unshipped, not cancelled orders past their dispatch deadline; Due in 24 h in red: shipping those late would breach LDR. ' +
        'GMV: the last 7 days of data vs the 7 before.',
    },
    ...(tracker.length
      ? ([
          { kind: 'heading', text: 'Tracker items due this week' },
          { kind: 'list', items: tracker, ordered: false },
        ] as const)
      : []),
  ];
}
