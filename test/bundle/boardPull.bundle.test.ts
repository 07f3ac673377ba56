// The board digest pulls each client this user connected before it reads its row (bundle, fake TikTok Shop).
import { existsSync } from 'node:fs';
import { BOARD_COLUMNS } from '../../src/core/actions/board/boardTable';
import { generateOrderExport } from '../../src/demo/orderExport';
import { apiOrders } from '../fixtures/apiOrders';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { AUTH, boardRun, clientId, clientSpreadsheet, type BoardRun } from '../support/boardFakes';
import { FAKE_APP, fakeTikTokShop, type FakeShop } from '../support/fakeTikTokShop';
import { BUNDLE_PATH } from '../support/loadBundle';
import { API_SCOPE, connected, SEARCH, sheetsRun, shopServices } from '../support/shopRuns';

const BOARD_ID = '1boardAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const SCOPES = [...['spreadsheets', 'script.scriptapp', 'script.send_mail'].map((scope) => `${AUTH}${scope}`), API_SCOPE];
const OLD_ORDERS = generateOrderExport({ seed: 4, endDay: '2026-11-22', days: 21, orders: 30 });

/** A board listing a client whose shop the user connected and one nobody connected; the user's properties after connecting. */
async function agency(shop: FakeShop) {
  const mine = clientSpreadsheet(clientId(1), 'Maple Mugs', OLD_ORDERS);
  const other = clientSpreadsheet(clientId(2), 'Kopi Nusantara', OLD_ORDERS);
  const { run } = await connected(shop, mine);
  const board = new FakeSpreadsheet({}, 'America/Los_Angeles', 'en_US', 'Agency board', BOARD_ID);
  boardRun(board, []).sheets.ttsSetUpBoard();
  board.sheet('TTS · Board clients')!.load([[], [mine.id], [other.id]]);
  return { mine, other, board, user: run.app.userProperties.values };
}

/** The hourly digest run at `start`, the user's properties as `user`. */
async function digest(
  at: string,
  board: FakeSpreadsheet,
  drive: FakeSpreadsheet[],
  shop: FakeShop,
  user: Record<string, string>,
  granted = SCOPES,
): Promise<BoardRun> {
  const run = boardRun(null, [board, ...drive], { start: at, granted, services: shopServices(shop, 1) });
  Object.assign(run.app.userProperties.values, user, { 'tts-ops.digestBoard': BOARD_ID });
  await run.sheets.ttsBoardDigest();
  return run;
}

const rowOf = (board: FakeSpreadsheet, name: string) =>
  board
    .sheet('TTS · Board')!
    .snapshot()
    .find((row) => row[0] === name)!;
const cell = (row: unknown[], column: string) => row[BOARD_COLUMNS.indexOf(column)];

describe('the board digest pulls connected clients first (bundle, fake TikTok Shop)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it("a connected client's new orders are on its board row; an unconnected one is untouched; the cursor in its metadata makes the next day ask only for updates", async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { mine, other, board, user } = await agency(shop);
    const otherCalls = other.calls.length;
    await digest('2026-12-07T12:00:00Z', board, [mine, other], shop, user);
    expect(cell(rowOf(board, 'Maple Mugs'), 'Data through')).toMatch(/^2026-12-01 23:30/);
    expect(cell(rowOf(board, 'Kopi Nusantara'), 'Data through')).toMatch(/^2026-11-2/);
    expect(other.calls.slice(otherCalls).filter((call) => /^set|clear|insert|add/.test(call.method))).toEqual([]);
    expect(other.metadata).toEqual([]);
    expect(mine.metadata).toContainEqual({ key: 'api.orders.updatedThrough', value: String(Date.parse('2026-12-07T12:00:00Z') / 1000) });

    const before = shop.calls.length;
    await digest('2026-12-08T12:00:00Z', board, [mine, other], shop, user);
    const searches = shop.calls.slice(before).filter((call) => call.path === SEARCH);
    expect(searches.map((call) => Object.keys(JSON.parse(call.body!)))).toEqual([['update_time_ge', 'update_time_lt']]);
    expect(shop.problems).toEqual([]);
  });

  it("one cursor: Pull orders now after the board's pull asks only for updates since it, and the board after Pull orders now too", async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { mine, other, board, user } = await agency(shop);
    const updatesAsked = async (pull: () => unknown) => {
      const before = shop.calls.length;
      await pull();
      return shop.calls
        .slice(before)
        .filter((call) => call.path === SEARCH)
        .map((call) => JSON.parse(call.body!) as Record<string, number>);
    };
    await digest('2026-12-07T12:00:00Z', board, [mine, other], shop, user);
    const client = sheetsRun(mine, shop, { start: '2026-12-07T13:00:00Z', user });
    const since = (at: string) => Date.parse(at) / 1000 - 15 * 60;
    expect(await updatesAsked(() => client.sheets.ttsPullOrdersNow())).toEqual([
      { update_time_ge: since('2026-12-07T12:00:00Z'), update_time_lt: expect.any(Number) },
    ]);
    expect(await updatesAsked(() => digest('2026-12-08T12:00:00Z', board, [mine, other], shop, user))).toEqual([
      { update_time_ge: since('2026-12-07T13:00:00Z'), update_time_lt: expect.any(Number) },
    ]);
    expect(shop.problems).toEqual([]);
  });

  it('a refused pull is named in the row, and the row is read from the orders there are', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { mine, other, board, user } = await agency(shop);
    const wrongSecret = { 'tts-ops.app': JSON.stringify({ appKey: FAKE_APP.appKey, appSecret: 'not-the-secret' }) };
    await digest('2026-12-07T12:00:00Z', board, [mine, other], shop, { ...user, ...wrongSecret });
    const row = rowOf(board, 'Maple Mugs');
    expect(cell(row, 'Could not be read')).toMatch(/^pull refused: TikTok Shop refused the request signature \(106001\)/);
    expect(cell(row, 'Data through')).toMatch(/^2026-11-2/);
    expect(cell(row, 'Market')).toBe('US');
  });

  it('an unexpected error in the pull is said generically in the row, never as its raw JavaScript message', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { mine, other, board, user } = await agency(shop);
    const shopKey = Object.keys(user).find((key) => key.startsWith('tts-ops.shop.'))!;
    await digest('2026-12-07T12:00:00Z', board, [mine, other], shop, { ...user, [shopKey]: '{"accessToken":' });
    const row = rowOf(board, 'Maple Mugs');
    expect(cell(row, 'Could not be read')).toBe("pull refused: TTS Ops could not pull this client's orders (an unexpected error); please report it");
    expect(cell(row, 'Market')).toBe('US');
  });

  it('a user who did not grant the call to TikTok Shop is not prompted: the row says so and no call is made', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { mine, other, board, user } = await agency(shop);
    const before = shop.calls.length;
    const run = await digest('2026-12-07T12:00:00Z', board, [mine, other], shop, user, SCOPES.slice(0, 3));
    expect(cell(rowOf(board, 'Maple Mugs'), 'Could not be read')).toBe(
      'pull refused: permission to call TikTok Shop was not granted; choose Pull orders now once',
    );
    expect([shop.calls.length - before, run.script.calls.filter((call) => call.startsWith('requireScopes'))]).toEqual([0, []]);
  });
});
