import type { ApiPorts, ApiShop } from '../../../src/core/api/apiClient';
import { CURSOR_OVERLAP_SECONDS, PULL_CURSOR_PROPERTY } from '../../../src/core/api/pullWindow';
import { pullOrders } from '../../../src/core/actions/pullOrders';
import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { DEFAULT_WORKBOOK_SETTINGS, settingsTabRows, withMarket } from '../../../src/core/workbook/settingsTab';
import { nodeHmacSha256 } from '../../../src/local/api/hmacSha256';
import { apiOrders, apiReturns } from '../../fixtures/apiOrders';
import { FAKE_APP, fakeTikTokShop, type FakeShop, type FakeShopOptions } from '../../support/fakeTikTokShop';

const NOW = Date.parse('2026-12-07T12:00:00Z') / 1000;
const US = withMarket(DEFAULT_WORKBOOK_SETTINGS, 'US');

function connected(options: Partial<FakeShopOptions> = {}) {
  const fake = fakeTikTokShop({ orders: apiOrders(), returns: apiReturns(), now: NOW, pageSize: 2, ...options });
  const ports: ApiPorts = {
    send: fake.handle,
    hmacSha256: nodeHmacSha256,
    now: () => fake.options.now,
    wait: () => undefined,
    refreshToken: () => {
      fake.refreshes++;
      return (fake.accessToken = `TTP_refreshed${fake.refreshes}`);
    },
  };
  const shop: ApiShop = { ...FAKE_APP, accessToken: 'TTP_first' };
  const workbook = new MemoryWorkbook({ Settings: settingsTabRows(DEFAULT_WORKBOOK_SETTINGS, US) });
  return { fake, ports, shop, workbook, pull: (request = {}) => pullOrders(workbook, request, shop, ports) };
}

const bodies = (fake: FakeShop, path: string) =>
  fake.calls.filter((call) => call.path === path).map((call) => JSON.parse(call.body ?? '{}') as object);
const kpis = (workbook: MemoryWorkbook) => ttsPivot(workbook.readTab('Orders'), 'day', 'GMV, Orders, Cancel rate, Refund rate', '', '', US.settings);

describe('pullOrders', () => {
  it('first pull: the last 90 days by creation, every page, the returns created since; then the cursor is now', async () => {
    const { fake, workbook, pull } = connected();
    const { result, orders } = await pull();
    expect([orders, result.added, result.duplicates]).toEqual([3, 4, 0]);
    expect(bodies(fake, '/order/202309/orders/search')).toEqual([
      { create_time_ge: Date.parse('2026-09-09T07:00:00Z') / 1000, create_time_lt: NOW },
      { create_time_ge: Date.parse('2026-09-09T07:00:00Z') / 1000, create_time_lt: NOW },
    ]);
    const since = { create_time_ge: Date.parse('2026-09-09T07:00:00Z') / 1000 };
    expect(bodies(fake, '/return_refund/202309/returns/search')).toEqual([since, since]); // returns created since the window opened, 2 a page
    expect(workbook.readProperties()[PULL_CURSOR_PROPERTY]).toBe(String(NOW));
    expect(kpis(workbook).at(-1)).toEqual(['Total', 106, 3, 1 / 3, 1 / 3]);
  });

  it('an unreadable cursor stops a pull asked for no day; a pull from a day starts it again', async () => {
    const { fake, workbook, pull } = connected();
    workbook.writeProperties({ [PULL_CURSOR_PROPERTY]: String(NOW * 1000) });
    await expect(pull()).rejects.toThrow("The pull's saved position ('api.orders.updatedThrough') is not a past time; pull with --since");
    expect(fake.calls).toEqual([]);
    const { result } = await pull({ since: '2026-11-01' });
    expect(result.added).toBe(4);
    expect(workbook.readProperties()[PULL_CURSOR_PROPERTY]).toBe(String(NOW));
  });

  it('a second pull asks only for updates since the cursor (less the overlap) and adds nothing', async () => {
    const { fake, workbook, pull } = connected();
    await pull();
    fake.calls.length = 0;
    fake.options.now = NOW + 3600;
    const { result } = await pull();
    expect(bodies(fake, '/order/202309/orders/search')).toEqual([{ update_time_ge: NOW - CURSOR_OVERLAP_SECONDS, update_time_lt: NOW + 3600 }]);
    expect([result.added, result.duplicates]).toEqual([0, 0]);
    expect(workbook.readProperties()[PULL_CURSOR_PROPERTY]).toBe(String(NOW + 3600));
  });

  it('an order that changed replaces its rows; an order whose return changed alone is fetched and its refund updated', async () => {
    const { fake, workbook, pull } = connected({ returns: [] });
    await pull();
    const [order1, , order3] = fake.options.orders;
    Object.assign(order3, { status: 'CANCELLED', cancel_time: NOW + 600, update_time: NOW + 600, cancellation_initiator: 'SELLER' });
    fake.options.returns?.push(...apiReturns().map((ret) => ({ ...ret, update_time: NOW + 900 })));
    fake.options.now = NOW + 3600;
    const { result } = await pull();
    expect([result.added, result.duplicates]).toEqual([0, 3]);
    expect(fake.calls.filter((call) => call.path === '/order/202309/orders').map((call) => call.query.ids)).toEqual([order1.id]);
    expect(bodies(fake, '/return_refund/202309/returns/search').at(-1)).toEqual({ order_ids: [order3.id, order1.id] }); // every return of the orders pulled
    expect(kpis(workbook).at(-1)).toEqual(['Total', 106, 3, 2 / 3, 1 / 3]);
    expect(workbook.readTab('Orders')?.length).toBe(5);
  });

  it('a pull refused half-way writes nothing, keeps the cursor, and the next pull starts from it', async () => {
    const { fake, workbook, pull } = connected();
    await pull();
    const before = JSON.stringify([workbook.readTab('Orders'), workbook.readProperties()]);
    Object.assign(fake.options.orders[2], { status: 'CANCELLED', cancel_time: NOW + 60, update_time: NOW + 60, cancellation_initiator: 'SELLER' });
    fake.options.now = NOW + 3600;
    fake.options.failAfter = fake.calls.length + 1;
    await expect(pull()).rejects.toThrow('TikTok Shop refused the request (21001001): Service is unavailable for this shop');
    expect(JSON.stringify([workbook.readTab('Orders'), workbook.readProperties()])).toBe(before);
    fake.options.failAfter = undefined;
    fake.calls.length = 0;
    await pull();
    expect(bodies(fake, '/order/202309/orders/search')[0]).toEqual({ update_time_ge: NOW - CURSOR_OVERLAP_SECONDS, update_time_lt: NOW + 3600 });
    expect(kpis(workbook).at(-1)?.[3]).toBe(2 / 3);
  });

  it('survives one busy answer and one expired token, signing every call', async () => {
    const { fake, pull } = connected({ busyOnce: true, expireTokenOnce: true });
    await pull();
    expect([fake.problems, fake.refreshes]).toEqual([[], 1]);
  });

  it('a window pull (--since, --until) asks for orders created on those shop days and leaves the cursor alone', async () => {
    const { fake, workbook, pull } = connected();
    await pull({ since: '2026-11-30', until: '2026-11-30' });
    expect(bodies(fake, '/order/202309/orders/search')[0]).toEqual({
      create_time_ge: Date.parse('2026-11-30T08:00:00Z') / 1000,
      create_time_lt: Date.parse('2026-12-01T08:00:00Z') / 1000,
    });
    expect(workbook.readProperties()[PULL_CURSOR_PROPERTY]).toBeUndefined();
    await expect(pull({ since: '2026-11-31' })).rejects.toThrow('--since must be a day written YYYY-MM-DD');
  });
});
