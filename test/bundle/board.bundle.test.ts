// TTS Ops › Agency board and Refresh board in the built bundle, on the Sheets fake with 50 client spreadsheets.
import { existsSync } from 'node:fs';
import { boardDocument, boardRow } from '../../src/core/actions/board/agencyBoard';
import { BOARD_COLUMNS, boardTable } from '../../src/core/actions/board/boardTable';
import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { generateOrderExport } from '../../src/demo/orderExport';
import { OWNED_KEY } from '../../src/sheets/appsScriptWorkbook';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { boardRun, brokenClientSpreadsheet, clientId, clientSpreadsheet } from '../support/boardFakes';
import { BUNDLE_PATH } from '../support/loadBundle';

const ORDERS = generateOrderExport({ seed: 4, endDay: '2026-11-22', days: 21, orders: 60 });
/** Enough for a row; the batching does not depend on the orders. */
const FEW_ORDERS = generateOrderExport({ seed: 4, endDay: '2026-11-22', days: 7, orders: 5 });
const url = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

function boardWith(refs: string[], extraTabs: Record<string, unknown[][]> = {}): FakeSpreadsheet {
  const board = new FakeSpreadsheet(extraTabs, 'America/Los_Angeles', 'en_US', 'Agency board', '1boardAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  const setup = boardRun(board, []);
  setup.sheets.ttsSetUpBoard();
  board.sheet('TTS · Board clients')!.load([['Client spreadsheet (URL or ID)'], ...refs.map((ref) => [ref])]);
  return board;
}

describe('the agency board (bundle, Sheets fake)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it('Agency board adds the clients tab and the owned board tab, and never touches a user tab of either name', () => {
    const board = new FakeSpreadsheet({ 'TTS · Board': [['my own board']] });
    const run = boardRun(board, []);
    run.sheets.ttsSetUpBoard();
    expect(board.getSheets().map((sheet) => sheet.name)).toEqual(['TTS · Board', 'TTS · Board clients', 'TTS · Board (2)']);
    expect(board.sheet('TTS · Board')!.snapshot()).toEqual([['my own board']]);
    expect(board.sheet('TTS · Board clients')!.snapshot()).toEqual([['Client spreadsheet (URL or ID)', 'Your notes (not read)']]);
    board.sheet('TTS · Board clients')!.load([[], ['https://docs.google.com/spreadsheets/d/abc/edit']]);
    run.sheets.ttsSetUpBoard();
    expect(board.sheet('TTS · Board clients')!.snapshot()[1][0]).toBe('https://docs.google.com/spreadsheets/d/abc/edit');
    expect(run.app.ui.alerts[1]).toMatch(/^TTS · Board clients and TTS · Board are already set up\./);
  });

  it('asks for the spreadsheets scope before opening anything; declined again, it stops with what to do', () => {
    const board = boardWith([url(clientId(1))]);
    const run = boardRun(board, [clientSpreadsheet(clientId(1), 'Glow & Co', ORDERS)], { granted: [] });
    expect(() => run.sheets.ttsRefreshBoard()).toThrow(/^Refresh board needs permission to open your client spreadsheets/);
    expect(run.script.calls).toEqual([`requireScopes FULL spreadsheets`]);
    expect(run.app.services.filter((call) => call.startsWith('SpreadsheetApp.openById'))).toEqual([]);
  });

  it('reads 50 clients over four runs within the time limit, resuming where each stopped, one getValues per tab per client', async () => {
    const clients = Array.from({ length: 50 }, (_, i) => clientSpreadsheet(clientId(i + 1), `Client ${i + 1}`, FEW_ORDERS));
    const board = boardWith(clients.map((client) => url(client.id)));
    const alerts: string[] = [];
    for (let run = 0; run < 4; run++) {
      const execution = boardRun(board, clients, { secondsPerOpen: 20, start: `2026-11-23T15:${10 + run}:00Z` });
      await execution.sheets.ttsRefreshBoard();
      alerts.push(...execution.app.ui.alerts);
    }
    expect(board.toasts.slice(0, 2)).toEqual(['Board: clients read (1 of 50)', 'Board: clients read (2 of 50)']);
    expect(board.toasts).toHaveLength(50);
    expect(alerts).toEqual([
      'TTS · Board: 15 of 50 clients read. Choose Refresh board again to read the other 35.',
      'TTS · Board: 30 of 50 clients read. Choose Refresh board again to read the other 20.',
      'TTS · Board: 45 of 50 clients read. Choose Refresh board again to read the other 5.',
      'TTS · Board: 50 of 50 clients read.',
    ]);
    for (const client of clients) {
      const reads = client.calls.filter((call) => call.method === 'getValues').map((call) => call.sheet);
      expect(reads).toContain('Orders');
      expect(reads).toEqual([...new Set(reads)]);
      expect(client.calls.filter((call) => /^set|clear|insert/.test(call.method))).toEqual([]);
    }
    const tab = board.sheet('TTS · Board')!.snapshot();
    expect(tab[1][0]).toMatch(/^Refreshed 2026-11-23 07:10 America\/Los_Angeles: 50 clients, worst first\.$/);
    expect(tab[3]).toEqual(BOARD_COLUMNS);
    expect(
      tab
        .slice(4)
        .map((row) => row[0])
        .sort(),
    ).toEqual(clients.map((client) => client.name).sort());
    expect(
      board
        .sheet('TTS · Board state')!
        .snapshot()
        .map((row) => row[0]),
    ).toEqual([expect.stringMatching(/^TTS Ops keeps/)]); // pass done, no digest yet
  });

  it('gives a client that cannot be opened, a cell that is no spreadsheet, and a bug a row with the reason; the others are read', async () => {
    const ok = clientSpreadsheet(clientId(1), 'Glow & Co', ORDERS);
    const bug = "Cannot read properties of undefined (reading 'getValues')";
    const board = boardWith([url(clientId(1)), url(clientId(2)), 'Glow & Co sheet', url(clientId(3))]);
    const run = boardRun(board, [ok, brokenClientSpreadsheet(clientId(3), bug)]);
    await run.sheets.ttsRefreshBoard();
    expect(run.app.ui.alerts).toEqual(['TTS · Board: 4 of 4 clients read.']);
    const text = JSON.stringify(board.sheet('TTS · Board')!.snapshot());
    expect(text).toContain('cannot be opened: it was deleted, or it is not shared with you');
    expect(text).toContain('TTS · Board clients: row 4, column A: expected a Google Sheets URL (https://docs.google.com/spreadsheets/d/…) or its ID');
    expect(text).toContain('TTS Ops could not read this client (an unexpected error); please report it');
    expect(text).not.toContain(bug);
  });

  it("waits for the user's own digest run (the user's lock) and stops with a one-line message, writing nothing", () => {
    const board = boardWith([url(clientId(1))]);
    const run = boardRun(board, [clientSpreadsheet(clientId(1), 'Glow & Co', ORDERS)]);
    run.app.userLock.heldElsewhere = true;
    expect(() => run.sheets.ttsRefreshBoard()).toThrow(/^Another TTS Ops action \(yours or a colleague’s\) is writing this spreadsheet/);
    expect(run.app.services.filter((call) => call.startsWith('SpreadsheetApp.openById'))).toEqual([]);
    expect(run.app.lock.calls).toEqual(['tryLock(30000)', 'releaseLock']);
  });

  it("shows a client's row as the core computes it from the same workbook, its refresh time and sign-off read from the refresh's mirror", async () => {
    const client = clientSpreadsheet(clientId(1), 'Glow & Co', ORDERS);
    boardRun(client, [], { start: '2026-11-23T16:30:00Z' }).sheets.ttsRefreshReadout();
    const board = boardWith([clientId(1)]);
    await boardRun(board, [client], { start: '2026-11-23T17:00:00Z' }).sheets.ttsRefreshBoard();

    const memory = new MemoryWorkbook({}, 'America/Los_Angeles');
    for (const sheet of client.getSheets()) {
      memory.addUserTab(sheet.name, sheet.snapshot() as CellValue[][]);
      if (sheet.metadata.includes(OWNED_KEY)) memory.markOwned(sheet.name);
    }
    memory.writeProperties(Object.fromEntries(client.metadata.map(({ key, value }) => [key, value])));
    const now = new Date('2026-11-23T17:00:00Z');
    const expected = boardTable(boardDocument([boardRow(memory, { file: clientId(1) }, now)], now, now), 'America/Los_Angeles').rows[0];
    const row = board.sheet('TTS · Board')!.snapshot()[4];
    expect(row.slice(0, expected.length)).toEqual(expected.map((cell) => cell ?? ''));
    expect(row[BOARD_COLUMNS.indexOf('Read-out refreshed')]).toBe('2026-11-23 08:30 America/Los_Angeles');
    expect(row[BOARD_COLUMNS.indexOf('Cancel rate status')]).toBe('AT RISK');
  });

  it('starts the pass over when the client list changed or the pass is over 12 hours old; resumes it otherwise', async () => {
    const clients = [1, 2, 3, 4].map((n) => clientSpreadsheet(clientId(n), `Client ${n}`, FEW_ORDERS));
    const board = boardWith(clients.slice(0, 3).map((client) => client.id));
    const refresh = async (start: string): Promise<string> => {
      const run = boardRun(board, clients, { secondsPerOpen: 100, start });
      await run.sheets.ttsRefreshBoard();
      return run.app.ui.alerts[0];
    };
    expect(await refresh('2026-11-23T15:00:00Z')).toBe('TTS · Board: 2 of 3 clients read. Choose Refresh board again to read the other 1.');
    board.sheet('TTS · Board clients')!.load([[], [clientId(4)]]);
    expect(await refresh('2026-11-23T15:10:00Z')).toBe('TTS · Board: 2 of 3 clients read. Choose Refresh board again to read the other 1.');
    expect(await refresh('2026-11-24T04:00:00Z')).toBe('TTS · Board: 2 of 3 clients read. Choose Refresh board again to read the other 1.');
    expect(await refresh('2026-11-24T04:10:00Z')).toBe('TTS · Board: 3 of 3 clients read.');
  });
});
