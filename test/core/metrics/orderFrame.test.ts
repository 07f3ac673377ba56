import { dayFromParts } from '../../../src/core/values/calendarDay';
import { ALL_DAYS } from '../../../src/core/metrics/dayRange';
import type { Measure } from '../../../src/core/metrics/measures';
import { buildOrderFrame } from '../../../src/core/metrics/orderFrame';
import { withSettings } from '../../../src/core/settings/settings';
import { ORDER_LINES, orderTable } from './metricsTables';

const SETTINGS = withSettings({ timeZone: 'America/Los_Angeles' });
const ALL = new Set<Measure>(['gmv', 'netGmv', 'units', 'orders', 'cancelledOrders', 'refundedOrders']);

describe('buildOrderFrame', () => {
  it('keeps the paid lines (a Paid Time) with their table rows, shop days and order indexes; one flag per order from all its lines', () => {
    const frame = buildOrderFrame(orderTable(), ALL, ALL_DAYS, SETTINGS);
    expect(frame.length).toBe(5);
    expect([...frame.tableRow]).toEqual([1, 2, 3, 4, 5]);
    expect([...frame.day]).toEqual([16, 16, 17, 17, 22].map((d) => dayFromParts(2026, 11, d)));
    expect([...frame.order]).toEqual([0, 0, 1, 1, 2]);
    expect(frame.orderCount).toBe(3);
    expect([...frame.cancelled]).toEqual([0, 0, 1]);
    expect([...frame.refunded]).toEqual([0, 1, 0]);
    expect([...frame.returnOnLines]).toEqual([0, 1, 0]);
    expect([...frame.lineReturned]).toEqual([0, 0, 1, 0, 0]);
    expect([...frame.gmv]).toEqual([20, 15, 10, 15, 15]);
    expect([...frame.units]).toEqual([2, 1, 1, 1, 1]);
  });

  it('takes only the lines paid on the range’s days', () => {
    const monday = dayFromParts(2026, 11, 16);
    const frame = buildOrderFrame(orderTable(), ALL, { from: monday + 1, to: monday + 1 }, SETTINGS);
    expect([...frame.tableRow]).toEqual([3, 4]);
    expect([...frame.gmv]).toEqual([10, 15]);
  });

  it('takes a refund once per order: off the lines that show the return, or spread by subtotal over all lines when none does', () => {
    const values = [
      ...ORDER_LINES,
      ['7001', 'Completed', '', 'MUG', 1, 30, 8, '2026-11-18 08:00'],
      ['7001', 'Completed', '', 'TEE', 1, 10, 8, '2026-11-18 08:00'],
    ];
    const frame = buildOrderFrame(orderTable(values), ALL, ALL_DAYS, SETTINGS);
    // 5001 untouched; 5002's $10 off its returned MUG line; 5003 cancelled; 7001's $8 as $6 and $2.
    expect([...frame.netGmv]).toEqual([20, 15, 0, 15, 0, 24, 8]);
    expect([...frame.refunded]).toEqual([0, 1, 0, 1]);
  });

  it('reads only the columns its measures need: GMV alone leaves orders and flags empty', () => {
    const frame = buildOrderFrame(orderTable(), new Set<Measure>(['gmv']), ALL_DAYS, SETTINGS);
    expect([...frame.gmv]).toEqual([20, 15, 10, 15, 15]);
    expect([frame.order.length, frame.units.length, frame.netGmv.length, frame.cancelled.length, frame.lineReturned.length]).toEqual([0, 0, 0, 0, 0]);
  });
});
