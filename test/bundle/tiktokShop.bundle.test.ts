// TTS Ops › Connect TikTok Shop… and Pull orders now in the built bundle: UrlFetchApp answered by the fake shop (every signature checked).
import { existsSync } from 'node:fs';
import { runInContext, type Context } from 'node:vm';
import type { ApiPorts } from '../../src/core/api/apiClient';
import { pullOrders } from '../../src/core/actions/pullOrders';
import { setupWorkbook } from '../../src/core/actions/setupWorkbook';
import { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { nodeHmacSha256 } from '../../src/local/api/hmacSha256';
import { apiOrders, apiReturns, PLANTED_BUYER_DATA } from '../fixtures/apiOrders';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { FAKE_APP, FAKE_AUTH_CODE, FAKE_SHOP, fakeTikTokShop } from '../support/fakeTikTokShop';
import { BUNDLE_PATH } from '../support/loadBundle';
import { API_START as START, connected, SEARCH, sheetsRun } from '../support/shopRuns';

/** The rows the CLI's pull (the same core action) writes for the same shop, at the same time. */
async function cliRows(orders: Record<string, unknown>[], returns: Record<string, unknown>[]): Promise<string[][]> {
  const shop = fakeTikTokShop({ orders, returns, now: Date.parse(START) / 1000 });
  const workbook = new MemoryWorkbook();
  setupWorkbook(workbook, '', { shopId: FAKE_SHOP.id });
  const ports: ApiPorts = {
    send: shop.handle,
    hmacSha256: nodeHmacSha256,
    now: () => shop.options.now,
    wait: () => undefined,
    refreshToken: () => '',
  };
  await pullOrders(workbook, {}, { ...FAKE_APP, accessToken: shop.accessToken }, ports);
  return text(workbook.readTab('Orders')!);
}
const text = (rows: unknown[][]): string[][] => rows.map((row) => row.map(String));

describe('Connect TikTok Shop… and Pull orders now (bundle, Sheets fake, UrlFetchApp fake)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it('connect keeps the app key, secret and tokens in user properties only, and the shop id (all 19 digits, as text), name and region in Settings', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { spreadsheet, run } = await connected(shop);
    expect(run.script.calls[0]).toBe('requireScopes FULL script.external_request');
    expect(run.app.ui.alerts).toEqual([`Connected ${FAKE_SHOP.name} (US). Pull its orders with TTS Ops › Pull orders now.`]);
    const settings = spreadsheet.sheet('Settings')!.snapshot();
    const value = (key: string) => settings.find((row) => row[0] === `client.${key}`)?.[1];
    expect([value('shopId'), value('shopName'), value('shopRegion'), value('market')]).toEqual([
      FAKE_SHOP.id,
      FAKE_SHOP.name,
      FAKE_SHOP.region,
      'US',
    ]);
    const stored = JSON.stringify(run.app.userProperties.values);
    for (const secret of [FAKE_APP.appSecret, shop.accessToken, shop.refreshToken]) expect(stored).toContain(secret);
    const everywhereElse = JSON.stringify([spreadsheet.getSheets().map((sheet) => sheet.snapshot()), run.app.properties.values]);
    expect([FAKE_APP.appSecret, shop.accessToken, shop.refreshToken].filter((secret) => everywhereElse.includes(secret))).toEqual([]);
    expect(shop.problems).toEqual([]);
  });

  it('a mistyped app secret is not kept: TikTok Shop refuses it, and the next Connect asks for it again', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const spreadsheet = new FakeSpreadsheet();
    const first = sheetsRun(spreadsheet, shop);
    first.app.ui.answers.push(FAKE_APP.appKey, 'mistyped', FAKE_AUTH_CODE);
    await first.sheets.ttsConnectTikTokShop();
    expect(first.app.ui.alerts).toEqual([expect.stringMatching(/^TikTok Shop refused the request \(36009004\): Invalid app_key or app_secret/)]);
    expect([first.app.userProperties.values, spreadsheet.getSheets()]).toEqual([{}, []]);
    const again = sheetsRun(spreadsheet, shop, { after: first });
    again.app.ui.answers.push(FAKE_APP.appKey, FAKE_APP.appSecret, FAKE_AUTH_CODE);
    await again.sheets.ttsConnectTikTokShop();
    expect(again.app.ui.alerts).toEqual([expect.stringMatching(/^Connected Maple Mugs/)]);
  });

  it('Pull orders now writes the rows the CLI pull writes, in one write, no buyer data; a second pull asks only for updates', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), returns: apiReturns(), now: 0, pageSize: 2, expireTokenOnce: true });
    const connect = await connected(shop);
    const spreadsheet = connect.spreadsheet;
    const run = sheetsRun(spreadsheet, shop, { after: connect.run });
    const calls = spreadsheet.calls.length;
    await run.sheets.ttsPullOrdersNow();
    expect(run.app.ui.alerts).toEqual([
      expect.stringMatching(/^Imported TikTok Shop orders into .* \(Orders\): read 4 lines; 4 added, 0 updated .*, 0 skipped\.$/),
    ]);
    const orders = spreadsheet.sheet('Orders')!.snapshot();
    expect(text(orders)).toEqual(await cliRows(apiOrders(), apiReturns()));
    expect(spreadsheet.calls.slice(calls).filter((call) => call.sheet === 'Orders' && call.method === 'setValues')).toHaveLength(1);
    expect(PLANTED_BUYER_DATA.filter((planted) => JSON.stringify(orders).includes(planted))).toEqual([]);
    expect([shop.problems, shop.refreshes, JSON.stringify(run.app.userProperties.values).includes('TTP_refreshed_1')]).toEqual([[], 1, true]);

    const before = shop.calls.length;
    const again = sheetsRun(spreadsheet, shop, { start: '2026-12-07T13:00:00Z', after: run });
    await again.sheets.ttsPullOrdersNow();
    expect(again.app.ui.alerts[0]).toContain('read 0 lines; 0 added, 0 updated');
    const searches = shop.calls.slice(before).filter((call) => call.path === SEARCH);
    expect(searches.map((call) => Object.keys(JSON.parse(call.body!)))).toEqual([['update_time_ge', 'update_time_lt']]);
    expect(spreadsheet.sheet('Orders')!.snapshot()).toEqual(orders);
  });

  it('an unreadable pull cursor: Pull orders now starts over from the last 90 days, says so, and saves a new cursor', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { spreadsheet, run } = await connected(shop);
    spreadsheet.addDeveloperMetadata('api.orders.updatedThrough', 'yesterday');
    const pull = sheetsRun(spreadsheet, shop, { after: run });
    const before = shop.calls.length;
    await pull.sheets.ttsPullOrdersNow();
    expect(pull.app.ui.alerts).toEqual([
      expect.stringMatching(/: read 4 lines; 4 added.* The saved pull position was unreadable, so the pull started over from the last 90 days\.$/),
    ]);
    const searches = shop.calls.slice(before).filter((call) => call.path === SEARCH);
    expect(searches.every((call) => 'create_time_ge' in JSON.parse(call.body!))).toBe(true);
    expect(spreadsheet.metadata).toContainEqual({ key: 'api.orders.updatedThrough', value: String(Date.parse(START) / 1000) });
  });

  it('a network failure during the pull is said in the words of every unexpected error, asking for a report, never with a doubled stop', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { spreadsheet, run } = await connected(shop);
    const unreachable = 'Exception: Address unavailable: https://open-api.tiktokglobalshop.com/order/202309/orders/search.';
    // Thrown as Apps Script throws it: an Error of the bundle's own realm.
    const down = {
      ...shop,
      handle: () => {
        throw runInContext(`new Error(${JSON.stringify(unreachable)})`, pull.sheets as unknown as Context) as Error;
      },
    };
    const pull = sheetsRun(spreadsheet, down, { after: run });
    await pull.sheets.ttsPullOrdersNow();
    expect(pull.app.ui.alerts).toEqual([
      `TTS Ops could not finish: ${unreachable.slice(0, -1)}. If the data looks right, please report this message.`,
    ]);
  });

  it("a refused signature shows the API's code and message, writes nothing, and forgets the stored app so Connect asks for it again", async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const { spreadsheet, run } = await connected(shop);
    const app = JSON.stringify({ appKey: FAKE_APP.appKey, appSecret: 'not-the-secret' });
    const orders = spreadsheet.sheet('Orders')!.snapshot();
    const pull = sheetsRun(spreadsheet, shop, { after: run, user: { 'tts-ops.app': app } });
    const writes = spreadsheet.calls.length;
    await pull.sheets.ttsPullOrdersNow();
    expect(pull.app.ui.alerts).toEqual([
      'TikTok Shop refused the request signature (106001): the stored app key and secret were cleared; choose TTS Ops › Connect TikTok Shop… to type them again. TikTok Shop said: Invalid sign',
    ]);
    expect(spreadsheet.calls.slice(writes).filter((call) => /^set|clear|insert/.test(call.method))).toEqual([]);
    expect([spreadsheet.sheet('Orders')!.snapshot(), pull.app.properties.values]).toEqual([orders, {}]);
    expect(Object.keys(pull.app.userProperties.values)).toEqual([`tts-ops.shop.${FAKE_SHOP.id}`]);
  });

  it('scope declined: a clear message, no call to TikTok Shop, nothing written', async () => {
    const shop = fakeTikTokShop({ orders: apiOrders(), now: 0 });
    const spreadsheet = new FakeSpreadsheet();
    const run = sheetsRun(spreadsheet, shop, { granted: [] });
    expect(() => run.sheets.ttsConnectTikTokShop()).toThrow(/^Connecting and pulling need permission to call TikTok Shop, and it was not granted\./);
    expect(() => run.sheets.ttsPullOrdersNow()).toThrow(/not granted/);
    expect([shop.calls, run.app.ui.prompts, spreadsheet.getSheets(), run.app.userProperties.values]).toEqual([[], [], [], {}]);
  });

  it('a big first pull stops between whole weeks before the time limit, writes no part of a week, and the next pulls resume until it is whole', async () => {
    const day = (n: number) => Date.parse('2026-09-09T20:00:00Z') / 1000 + n * 86_400; // noon on the shop's clock, 9 Sep to 6 Dec
    const orders = Array.from({ length: 89 }, (_, n) => ({
      ...apiOrders()[0],
      id: `5760000000001${String(n).padStart(5, '0')}`,
      create_time: day(n),
      update_time: day(n) + 3600,
    }));
    const shop = fakeTikTokShop({ orders, now: 0, pageSize: 1 });
    const connect = await connected(shop);
    const orderIds = (rows: unknown[][]) => new Set(rows.map((row) => String(row[0])).filter((id) => id.startsWith('5760')));
    const pulledIds = () => orderIds(connect.spreadsheet.sheet('Orders')!.snapshot()).size;
    const alerts: string[] = [];
    const pulls: number[] = [];
    let last = connect.run;
    for (let run = 0; run < 6 && !alerts.some((alert) => alert.startsWith('Imported') && !alert.includes('days to go')); run++) {
      // Each call takes 10 s: a week (7 search pages and the returns) 80 s, so three weeks fit in the 5 minutes a pull allows itself.
      last = sheetsRun(connect.spreadsheet, shop, { after: last, secondsPerCall: 10, start: `2026-12-07T${12 + run}:00:00Z` });
      if (run === 1) shop.options.failAfter = shop.calls.length + 12; // refused in the second week of this pull
      await last.sheets.ttsPullOrdersNow();
      alerts.push(...last.app.ui.alerts);
      pulls.push(pulledIds());
      shop.options.failAfter = undefined;
    }
    expect(alerts.map((alert) => alert.replace(/^Imported .*?: read/, 'read').replace(/ \(already there.*?\)/, ''))).toEqual([
      'read 42 lines; 42 added, 0 updated, 0 skipped. The first pull stopped before the time limit with 69 days to go: choose Pull orders now again to go on.',
      expect.stringMatching(
        /^TikTok Shop refused the request \(21001001\).* The 7 days pulled before it are kept; the next pull goes on from there\.$/,
      ),
      'read 42 lines; 42 added, 0 updated, 0 skipped. The first pull stopped before the time limit with 41 days to go: choose Pull orders now again to go on.',
      'read 42 lines; 42 added, 0 updated, 0 skipped. The first pull stopped before the time limit with 20 days to go: choose Pull orders now again to go on.',
      'read 38 lines; 38 added, 0 updated, 0 skipped.',
    ]);
    // The refused pull kept the one week it finished, and none of the week it was refused in.
    expect(pulls).toEqual([21, 28, 49, 70, 89]);
    expect(text(connect.spreadsheet.sheet('Orders')!.snapshot())).toEqual(await cliRows(orders, []));
    // The cursor starts when the first week began: an order updated while the weeks were pulled is asked for again.
    expect(last.app.properties.values['api.orders.updatedThrough']).toBe(String(Date.parse(START) / 1000));
  });
});
