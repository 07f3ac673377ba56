import { InputError } from '../../values/errors';
import { SHEETS_BOARD_MENU } from '../../workbook/surface';
import { jsonStateRows, readJsonState } from '../../workbook/jsonStateTab';
import { ownedTabName, tabState, writeOwnedTab, type TabState } from '../../workbook/ownedTabs';
import type { TabContent, Workbook } from '../../workbook/workbookPort';
import { formatInstant } from '../formatInstant';
import {
  boardChanges,
  boardDocument,
  boardErrorRow,
  boardRow,
  digestSubject,
  digestText,
  sortBoard,
  type BoardDocument,
  type BoardRow,
} from '../board/agencyBoard';
import { BOARD_COLUMNS, boardTable } from '../board/boardTable';
import { BOARD_CLIENTS_TAB, notASpreadsheetReason, readBoardClients, type BoardClientRef } from './boardClients';
import { BOARD_TAB } from './setUpBoard';
import { hasTimeForAnother, secondsLeft } from './timeBudget';

/** The owned tab holding the refresh in progress and the last digest's board (a property holds 9 KB; 50 clients need more). */
export const BOARD_STATE_TAB = 'TTS · Board state';
const STATE_NOTE = 'TTS Ops keeps the board refresh in progress and the board of the last digest here; it rewrites this tab on every run.';
/** A pass left unfinished this long starts over: its rows would describe different days. */
const PASS_MAX_AGE_MS = 12 * 3_600_000;
/** The hourly trigger starts a pass when the last digest's started this long ago: once a day, at about the same hour. */
const DIGEST_INTERVAL_MS = 23.5 * 3_600_000;

/** What a run needs from its surroundings: opening a client spreadsheet, the time, and where progress shows. */
export interface BoardRunPorts {
  /** The client's workbook; throws an InputError saying why it cannot be opened. */
  open(id: string): Workbook;
  /** Milliseconds since the epoch. */
  clock(): number;
  progress(message: string, done: number, total: number): void;
  /** Pulls the client's orders before its row is read, within `seconds`; resolves to the API's refusal, or null. */
  pull?(client: Workbook, seconds: number): Promise<string | null>;
}

/** A refresh of every client, kept between runs: when it started (the board's "now"), the clients it walks and the rows so far. */
interface Pass {
  readonly started: string;
  readonly clients: readonly string[];
  readonly rows: BoardRow[];
}

interface LastDigest {
  readonly started: string;
  readonly board: BoardDocument;
}

export interface BoardBatch {
  readonly tab: string;
  readonly done: number;
  readonly total: number;
  /** A scheduled run with nothing to do: no refresh in progress and today's digest made. */
  readonly idle: boolean;
}

/** What Refresh board says when its batch ends: the clients read, and how many the next run reads. */
export function boardBatchText(batch: BoardBatch): string {
  const more = batch.done < batch.total ? ` Choose Refresh board again to read the other ${batch.total - batch.done}.` : '';
  return `${batch.tab}: ${batch.done} of ${batch.total} clients read.${more}`;
}

/** Sends the digest (the user's email); throwing leaves the last digest's board as it was, so the next run sends again. */
export type SendDigest = (subject: string, text: string) => void;

/**
 * One execution of `Refresh board` (or of the digest's trigger, given `send`): reads as many clients as fit in Apps
 * Script's 6 minutes, resuming the pass the last run left, writes the board in one write and the pass in the owned state
 * tab. A scheduled run starts a pass once a day and, when it finishes one, compares the board with the last digest's.
 */
export async function refreshBoardBatch(board: Workbook, ports: BoardRunPorts, send: SendDigest | null): Promise<BoardBatch> {
  const began = ports.clock();
  const clientsTab = board.readTab(BOARD_CLIENTS_TAB);
  if (!clientsTab) throw new InputError(`This spreadsheet has no ${BOARD_CLIENTS_TAB} tab: choose ${SHEETS_BOARD_MENU.setUp} first.`);
  const clients = readBoardClients(clientsTab);
  const tabs = tabState(board);
  const stateTab = ownedTabName(BOARD_STATE_TAB, tabs);
  const saved = readJsonState(tabs.owned.has(stateTab) ? board.readTab(stateTab) : undefined);
  const lastDigest = saved.get('digest') as LastDigest | undefined;
  const keys = clients.map((client) => client.id ?? client.ref);
  let pass = resumable(saved.get('pass') as Pass | undefined, keys, began);
  if (!pass && send && lastDigest && began - Date.parse(lastDigest.started) < DIGEST_INTERVAL_MS) {
    return { tab: ownedTabName(BOARD_TAB, tabs), done: 0, total: clients.length, idle: true };
  }
  pass ??= { started: new Date(began).toISOString(), clients: keys, rows: [] };

  const now = new Date(pass.started);
  let slowest = 0;
  while (pass.rows.length < clients.length && hasTimeForAnother(ports.clock() - began, slowest)) {
    const start = ports.clock();
    pass.rows.push(await clientRow(clients[pass.rows.length], ports, now, secondsLeft(start - began)));
    slowest = Math.max(slowest, ports.clock() - start);
    ports.progress('Board: clients read', pass.rows.length, clients.length);
  }
  const finished = pass.rows.length === clients.length;
  const document = boardDocument(sortBoard(pass.rows), now, new Date(ports.clock()));
  const tab = writeOwnedTab(board, boardTab(document, finished ? null : pass, board.timeZone()), tabs);

  let nextDigest = lastDigest;
  if (finished && send) {
    const { changes, alerted } = boardChanges(lastDigest?.board, document);
    if (changes.length) send(digestSubject(changes), digestText(changes, board.timeZone()));
    nextDigest = { started: pass.started, board: { ...document, alerted } };
  }
  writeState(board, tabs, { pass: finished ? undefined : pass, digest: nextDigest });
  return { tab, done: pass.rows.length, total: clients.length, idle: false };
}

/** The saved pass, when it walks the same clients and is recent enough to finish. */
function resumable(pass: Pass | undefined, keys: readonly string[], now: number): Pass | undefined {
  if (!pass || now - Date.parse(pass.started) > PASS_MAX_AGE_MS) return undefined;
  return pass.clients.length === keys.length && pass.clients.every((key, i) => key === keys[i]) && pass.rows.length <= keys.length ? pass : undefined;
}

/** A bug's raw message (a JS error, a stack) means nothing to the account manager; what the row says instead. */
const UNEXPECTED_CLIENT_ERROR = 'TTS Ops could not read this client (an unexpected error); please report it';

/** A client's row, named by the URL or ID listed (stable across runs: the digest compares rows by it), after its pull when there is one. */
async function clientRow(client: BoardClientRef, ports: BoardRunPorts, now: Date, seconds: number): Promise<BoardRow> {
  if (!client.id) return boardErrorRow({ file: client.ref }, notASpreadsheetReason(client));
  try {
    const workbook = ports.open(client.id);
    const refused = ports.pull ? await ports.pull(workbook, seconds) : null;
    const row = boardRow(workbook, { file: client.ref }, now);
    return refused ? { ...row, pullRefused: refused } : row;
  } catch (error) {
    return boardErrorRow({ file: client.ref }, error instanceof InputError ? error.message : UNEXPECTED_CLIENT_ERROR);
  }
}

/** The board tab: title, status line, a blank row, the columns, one row per client. */
function boardTab(document: BoardDocument, pass: Pass | null, zone: string): TabContent {
  const at = formatInstant(new Date(document.now), zone);
  const status = pass
    ? `Refreshing: ${pass.rows.length} of ${pass.clients.length} clients read (started ${at}); choose Refresh board again to read the rest.`
    : `Refreshed ${at}: ${document.clients.length} clients, worst first.`;
  const table = boardTable(document, zone);
  const above = [[BOARD_TAB], [status], [], BOARD_COLUMNS];
  const none = above.map(() => []);
  return {
    name: BOARD_TAB,
    values: [...above, ...table.rows],
    numberFormats: [...none, ...table.formats],
    backgrounds: [...none, ...table.fills],
    headerRows: [3],
    frozenRows: 4,
  };
}

function writeState(board: Workbook, tabs: TabState, values: Record<string, unknown>): void {
  writeOwnedTab(board, { name: BOARD_STATE_TAB, values: jsonStateRows(STATE_NOTE, values) }, tabs);
}
