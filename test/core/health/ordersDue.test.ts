import { HealthOrders } from '../../../src/core/health/healthOrders';
import { ORDERS_DUE_COLUMNS, ordersDue } from '../../../src/core/health/ordersDue';
import { readSalesTable } from '../../../src/core/metrics/readSalesTable';
import { DEFAULT_HEALTH_SETTINGS } from '../../../src/core/settings/healthSettings';
import { withSettings, type Settings } from '../../../src/core/settings/settings';
import { orderExport, type OrderSpec } from './orderExport';

const LA = 'America/Los_Angeles';
const NO_LATE = { numerator: 0, denominator: 100 };

function due(specs: readonly OrderSpec[], now: string, settings: Settings, ldr = NO_LATE) {
  const sales = readSalesTable(orderExport(specs), '', 'orders');
  if (sales.kind !== 'orders') throw new Error('not an order export');
  return ordersDue(new HealthOrders(sales.table, settings, ORDERS_DUE_COLUMNS), settings, new Date(now), ldr);
}

describe('orders due to ship, against the dispatch deadline of LDR', () => {
  it("counts real hours across the US spring-forward night (same-time cut-off: Thursday's payments are due Monday)", () => {
    // Sunday 2026-03-08 00:30 PST; clocks jump from 02:00 to 03:00, so Monday 01:00 PDT is 23.5 hours away, not 24.5.
    const settings = withSettings({ timeZone: LA, health: { ...DEFAULT_HEALTH_SETTINGS, dispatchCutoff: 'same time' } });
    const orders: OrderSpec[] = [
      { id: 'A', paid: '2026-03-05 00:30' }, // due Mon 00:30 PDT: in 23 h
      { id: 'B', paid: '2026-03-05 01:00' }, // due Mon 01:00 PDT: in 23.5 h (24.5 h by the wall clock)
      { id: 'C', paid: '2026-03-05 02:30' }, // due Mon 02:30 PDT: in 25 h
      { id: 'D', paid: '2026-03-03 09:00' }, // due Thu 09:00: overdue
      { id: 'E', paid: '2026-03-03 09:00', shipped: '2026-03-06 10:00' }, // shipped (late): not due
      { id: 'F', paid: '2026-03-03 09:00', cancelBy: 'Buyer', reason: 'No longer needed' }, // cancelled
      { id: 'G', paid: '2026-03-03 09:00', fbt: true }, // TikTok ships it
      { id: 'H', paid: '2026-03-03 09:00', preOrder: true }, // its SLA runs from a date the export lacks
      { id: 'I' }, // not paid
    ];
    expect(due(orders, '2026-03-08T08:30:00Z', settings)).toEqual({ overdue: 1, next24h: 2, wouldBreachLdr: false });
  });

  it('skips weekends and Thanksgiving: paid Wednesday 25 November, due end of Monday 30th', () => {
    const settings = withSettings({ timeZone: LA });
    const orders: OrderSpec[] = [{ id: 'A', paid: '2026-11-25 10:00' }];
    expect(due(orders, '2026-11-29T20:00:00Z', settings)).toMatchObject({ overdue: 0, next24h: 0 }); // Sunday noon: 36 h left
    expect(due(orders, '2026-11-30T09:00:00Z', settings)).toMatchObject({ overdue: 0, next24h: 1 }); // Monday 01:00
    expect(due(orders, '2026-12-01T09:00:00Z', settings)).toMatchObject({ overdue: 1, next24h: 0 }); // Tuesday 01:00
  });

  it("reads the deadline in the shop's own zone: the same instant is due today in Los Angeles and overdue in Jakarta", () => {
    const orders: OrderSpec[] = [{ id: 'A', paid: '2026-11-16 10:00' }]; // due Wednesday 18th 23:59:59 shop time
    const now = '2026-11-18T20:00:00Z'; // Wednesday 12:00 in Los Angeles, Thursday 03:00 in Jakarta
    expect(due(orders, now, withSettings({ timeZone: LA }))).toMatchObject({ overdue: 0, next24h: 1 });
    expect(due(orders, now, withSettings({ timeZone: 'Asia/Jakarta' }))).toMatchObject({ overdue: 1, next24h: 0 });
  });

  it('says when shipping the overdue and due orders late would take LDR past its limit', () => {
    const settings = withSettings({ timeZone: LA });
    const orders: OrderSpec[] = [
      { id: 'A', paid: '2026-11-16 10:00' },
      { id: 'B', paid: '2026-11-17 10:00' },
    ];
    const now = '2026-11-19T20:00:00Z'; // A overdue, B due tonight
    // 4% of 100: 2 more late of 102 makes 4 (3.9%), within; 3 late already makes 5 of 102 (4.9%), past it.
    expect(due(orders, now, settings, { numerator: 2, denominator: 100 })).toEqual({ overdue: 1, next24h: 1, wouldBreachLdr: false });
    expect(due(orders, now, settings, { numerator: 3, denominator: 100 })).toEqual({ overdue: 1, next24h: 1, wouldBreachLdr: true });
  });
});
