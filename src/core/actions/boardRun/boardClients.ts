import type { CellValue, TabContent } from '../../workbook/workbookPort';

/** The tab the user fills with client spreadsheets, one a row; set up once, never rewritten. */
export const BOARD_CLIENTS_TAB = 'TTS · Board clients';
const HEADER = ['Client spreadsheet (URL or ID)', 'Your notes (not read)'];

/** A Google spreadsheet's ID, alone or inside its URL (`…/spreadsheets/d/<id>/edit`). */
const SPREADSHEET_URL = /\/spreadsheets\/d\/([\w-]{20,})/;
const SPREADSHEET_ID = /^[\w-]{20,}$/;

export interface BoardClientRef {
  /** What the user typed, trimmed: the board names a client by it until the spreadsheet is open. */
  readonly ref: string;
  /** The spreadsheet's ID, or null when the cell holds no URL or ID of a Google spreadsheet. */
  readonly id: string | null;
  /** 1-based row of the clients tab, for messages. */
  readonly row: number;
}

export function boardClientsTab(): TabContent {
  return {
    name: BOARD_CLIENTS_TAB,
    values: [HEADER],
    frozenRows: 1,
    headerRows: [0],
    columns: [
      { column: 0, width: 480 },
      { column: 1, width: 240 },
    ],
  };
}

/** The clients of the board, in the tab's order; a spreadsheet listed twice is read once. */
export function readBoardClients(values: readonly (readonly CellValue[])[]): BoardClientRef[] {
  const seen = new Set<string>();
  const clients: BoardClientRef[] = [];
  values.slice(1).forEach((cells, i) => {
    const ref = String(cells[0] ?? '').trim();
    if (!ref) return;
    const id = SPREADSHEET_URL.exec(ref)?.[1] ?? (SPREADSHEET_ID.test(ref) ? ref : null);
    if (seen.has(id ?? ref)) return;
    seen.add(id ?? ref);
    clients.push({ ref, id, row: i + 2 });
  });
  return clients;
}

/** The reason a listed cell cannot be read as a client. */
export function notASpreadsheetReason(client: BoardClientRef): string {
  return `${BOARD_CLIENTS_TAB}: row ${client.row}, column A: expected a Google Sheets URL (https://docs.google.com/spreadsheets/d/…) or its ID`;
}
