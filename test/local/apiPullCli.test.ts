import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipArchive } from '../../src/local/xlsx/zipArchive';
import { openXlsx } from '../../src/local/xlsx/xlsxFile';
import { apiOrders, apiReturns, PLANTED_BUYER_DATA } from '../fixtures/apiOrders';
import { FAKE_APP, FAKE_AUTH_CODE, FAKE_SHOP, fakeTikTokShop } from '../support/fakeTikTokShop';
import { serveFakeShop, type MockServer } from '../support/mockTikTokShopServer';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

/** The fixture's orders as Seller Center's US export writes them: month first, 12-hour clock, money as text, IDs and times ending in a tab. */
const EXPORT_CSV = [
  'Order ID,Order Status,Cancelation/Return Type,Normal or Pre-order,SKU ID,Seller SKU,Product Name,Variation,Quantity,Sku Quantity of return,SKU Unit Original Price,SKU Subtotal Before Discount,SKU Platform Discount,SKU Seller Discount,SKU Subtotal After Discount,Shipping Fee After Discount,Original Shipping Fee,Order Amount,Order Refund Amount,Created Time,Paid Time,RTS Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By,Cancel Reason,Fulfillment Type,Tracking ID,Delivery Option,Shipping Provider Name',
  '576000000000000001\t,Completed,Return/Refund,Normal,1729000000000000011\t,MUG-01,Enamel Mug,Green,2,1,$20.00,$40.00,$2.00,$4.00,$34.00,$0.00,$3.99,$47.00,$17.00,11/30/2026 9:55:00 AM\t,11/30/2026 10:00:00 AM\t,12/01/2026 8:00:00 AM\t,12/01/2026 2:00:00 PM\t,12/04/2026 11:00:00 AM\t,,,,Fulfillment by seller,9400111899223344556677,Standard shipping,USPS',
  '576000000000000001\t,Completed,,Normal,1729000000000000022\t,TEE-02,Cotton Tee,"Black, M",1,0,$13.00,$13.00,$0.00,$0.00,$13.00,$0.00,$3.99,$47.00,$17.00,11/30/2026 9:55:00 AM\t,11/30/2026 10:00:00 AM\t,12/01/2026 8:00:00 AM\t,12/01/2026 2:00:00 PM\t,12/04/2026 11:00:00 AM\t,,,,Fulfillment by seller,9400111899223344556677,Standard shipping,USPS',
  '576000000000000002\t,Cancelled,Cancel,Normal,1729000000000000011\t,MUG-01,Enamel Mug,Green,1,0,$20.00,$20.00,$0.00,$0.00,$20.00,$0.00,$3.99,$20.00,,11/30/2026 12:00:00 PM\t,11/30/2026 12:01:00 PM\t,,,,11/30/2026 1:00:00 PM\t,Buyer,No longer needed,Fulfillment by seller,9400111899223344556677,,USPS',
  '576000000000000003\t,To ship,,Normal,1729000000000000022\t,TEE-02,Cotton Tee,"Black, M",3,0,$13.00,$39.00,$0.00,$0.00,$39.00,$0.00,$3.99,$39.00,,12/01/2026 11:29:00 PM\t,12/01/2026 11:30:00 PM\t,,,,,,,Fulfillment by seller,9400111899223344556677,,USPS',
].join('\r\n');

const READ_OUT = ['TTS · KPIs', 'TTS · SKUs', 'TTS · Health'];
const folder = useTempFolder();
const at = (name: string): string => join(folder(), name);
const run = (...args: string[]) => runCli(args, { now: new Date('2026-12-07T12:00:00Z'), status: true });

/** Every part of a saved .xlsx as text, so a test can look for a value anywhere in the file. */
const fileText = (path: string): string => {
  const zip = new ZipArchive(readFileSync(path));
  return [...zip.entries.keys()].map((name) => zip.read(name)!.toString('utf8')).join('\n');
};
const readOut = async (path: string) => {
  const workbook = await openXlsx(path);
  await workbook.preload(READ_OUT);
  return READ_OUT.map((tab) => workbook.readTab(tab));
};

describe('tts-ops connect and pull, against a mock TikTok Shop on 127.0.0.1', () => {
  const fake = fakeTikTokShop({ orders: apiOrders(), returns: apiReturns(), now: 0, pageSize: 2, busyOnce: true, expireTokenOnce: true });
  let server: MockServer;
  /** The user's config folder, kept across tests: the second connects the shop the first stored. */
  const config = mkdtempSync(join(tmpdir(), 'tts-ops-config-'));
  const credentials = join(config, 'tts-ops', 'credentials.json');
  const saved = { ...process.env };
  beforeAll(async () => {
    server = await serveFakeShop(fake);
  });
  beforeEach(() => {
    Object.assign(process.env, {
      TTS_OPS_APP_KEY: FAKE_APP.appKey,
      TTS_OPS_APP_SECRET: FAKE_APP.appSecret,
      TTS_OPS_API_BASE: server.base,
      TTS_OPS_AUTH_BASE: server.base,
      XDG_CONFIG_HOME: config,
    });
  });
  afterAll(async () => {
    process.env = saved;
    await server.close();
    rmSync(config, { recursive: true, force: true });
  });

  it('connect refuses a damaged workbook before it spends the one-time authorization code', async () => {
    const damaged = at('damaged.xlsx');
    writeFileSync(damaged, 'not a workbook');
    const calls = fake.calls.length;
    const refused = await run('connect', damaged, '--code', FAKE_AUTH_CODE);
    expect([refused.code, refused.err.trim().split('\n').pop()]).toEqual([1, `tts-ops: ${damaged} is not an .xlsx workbook (not a zip file).`]);
    expect(fake.calls.length).toBe(calls);
    expect(readFileSync(damaged, 'utf8')).toBe('not a workbook');
  });

  it('pulls the same KPIs and health rates as the export of the same orders, with no buyer data written; a second pull asks only for updates', async () => {
    const pulled = at('pulled.xlsx');
    const connect = await run('connect', pulled, '--code', FAKE_AUTH_CODE);
    expect([connect.code, connect.err]).toEqual([0, `Writing ${pulled}\n`]);
    expect(connect.out).toContain(`Connected ${FAKE_SHOP.name} (US, shop ${FAKE_SHOP.id}) to ${pulled}`);
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(readFileSync(credentials, 'utf8')).shops)).toEqual([FAKE_SHOP.id]);

    const pull = await run('pull', pulled, '--since', '2026-11-01');
    expect([pull.code, pull.out.trim()]).toEqual([
      0,
      `Imported TikTok Shop orders into ${pulled} (Orders): read 4 lines; 4 added, 0 updated (already there, replaced by this export's version), 0 skipped.`,
    ]);
    expect(pull.err).toMatch(/Pulled 2 orders[\s\S]*Pulled 3 orders[\s\S]*Pulled 3 returns/);
    expect([fake.problems, fake.refreshes]).toEqual([[], 1]);
    expect(readFileSync(credentials, 'utf8')).toContain('TTP_refreshed_1');

    const exported = at('exported.xlsx');
    writeFileSync(at('orders.csv'), `\uFEFF${EXPORT_CSV}`);
    for (const args of [
      ['setup', exported, '--market', 'US'],
      ['import-orders', at('orders.csv'), exported],
      ['refresh', pulled],
      ['refresh', exported],
    ]) {
      expect((await run(...args)).code).toBe(0);
    }
    const readOutPulled = await readOut(pulled);
    expect(readOutPulled).toEqual(await readOut(exported));
    expect(readOutPulled[0]).toContainEqual(['Total', 106, 3, 7, 106 / 3, 1 / 3, 1 / 3]); // GMV, orders, units, AOV, cancel and refund rates
    const written = fileText(pulled) + readFileSync(credentials, 'utf8');
    expect(PLANTED_BUYER_DATA.filter((value) => written.includes(value))).toEqual([]);

    const calls = fake.calls.length;
    const again = await run('pull', pulled);
    expect([again.code, again.out]).toEqual([0, expect.stringContaining('read 0 lines; 0 added, 0 updated')]);
    const searches = fake.calls.slice(calls).filter((call) => call.path === '/order/202309/orders/search');
    expect(searches.map((call) => Object.keys(JSON.parse(call.body ?? '{}')))).toEqual([['update_time_ge', 'update_time_lt']]);
  });

  it('a changed order replaces its rows; a refused pull leaves the workbook byte for byte as it was', async () => {
    const path = at('client.xlsx');
    expect((await run('connect', path, '--shop', FAKE_SHOP.id)).out).toContain(`Connected ${FAKE_SHOP.name}`);
    expect((await run('pull', path, '--since', '2026-11-01')).code).toBe(0);
    const aMinuteAgo = Math.floor(Date.now() / 1000) - 60; // within the pull's 15-minute overlap, before its upper bound
    Object.assign(fake.options.orders[2], {
      status: 'CANCELLED',
      cancel_time: aMinuteAgo,
      update_time: aMinuteAgo,
      cancellation_initiator: 'SELLER',
    });
    const changed = await run('pull', path);
    expect(changed.out).toContain('read 1 line; 0 added, 1 updated');
    const workbook = await openXlsx(path);
    await workbook.preload(['Orders']);
    const lines = (workbook.readTab('Orders') ?? []).filter((row) => /^576/.test(String(row[0])));
    expect(lines.map((row) => [row[0], row[1]])).toEqual([
      ['576000000000000002', 'Cancelled'],
      ['576000000000000003', 'Cancelled'],
      ['576000000000000001', 'Completed'],
      ['576000000000000001', 'Completed'],
    ]);

    const before = readFileSync(path);
    fake.options.failAfter = fake.calls.length + 1;
    const refused = await run('pull', path, '--since', '2026-11-01');
    fake.options.failAfter = undefined;
    expect([refused.code, refused.err.trim().split('\n').pop()]).toEqual([
      1,
      'tts-ops: TikTok Shop refused the request (21001001): Service is unavailable for this shop',
    ]);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(folder()).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
  });
});
