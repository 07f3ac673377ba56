import { aggregate, type Accumulated } from '../../../src/core/metrics/aggregate';
import { buildAnalyticsFrame } from '../../../src/core/metrics/analyticsFrame';
import { ALL_DAYS } from '../../../src/core/metrics/dayRange';
import type { Measure } from '../../../src/core/metrics/measures';
import { buildOrderFrame } from '../../../src/core/metrics/orderFrame';
import { withSettings } from '../../../src/core/settings/settings';
import { analyticsTable, orderTable } from './metricsTables';

const SETTINGS = withSettings({ timeZone: 'America/Los_Angeles' });
const ORDER_MEASURES = new Set<Measure>(['gmv', 'netGmv', 'units', 'orders', 'cancelledOrders', 'refundedOrders']);

/** Each measure as [group 0, group 1, total]. */
const table = (accumulated: Accumulated, measures: Iterable<Measure>): Record<string, number[]> =>
  Object.fromEntries([...measures].map((m) => [m, [...accumulated.get(m)!]]));

/** The paid lines grouped by hand: MUG lines in group 0, TEE lines in group 1 (`ids` per line, -1 left out). */
function bySku(ids: number[], measures = ORDER_MEASURES): Record<string, number[]> {
  const frame = buildOrderFrame(orderTable(), measures, ALL_DAYS, SETTINGS);
  expect(frame.length).toBe(ids.length);
  return table(aggregate(frame, { count: 2, ids: Int32Array.from(ids) }, measures), measures);
}

describe('aggregate on an order frame', () => {
  it('sums line columns per group and in the total, counting each order once per group it has lines in and once in the total', () => {
    expect(bySku([0, 1, 0, 1, 1])).toEqual({
      gmv: [30, 45, 75],
      netGmv: [20, 30, 50], // 5002's refund comes off the returned MUG line only; the cancelled 5003 adds nothing
      units: [3, 3, 6],
      orders: [2, 3, 3],
      cancelledOrders: [0, 1, 1],
      refundedOrders: [1, 0, 1], // the return shows on 5002's MUG line, so the TEE group does not count it
    });
  });

  it('leaves out the lines of no group (-1) from their group and the total', () => {
    const all = bySku([0, 1, 0, 1, -1]);
    expect(all.orders).toEqual([2, 2, 2]);
    expect(all.cancelledOrders).toEqual([0, 0, 0]);
    expect(all.gmv).toEqual([30, 30, 60]);
  });

  it('fills every distinct-order count when one is asked for, and no line sum that was not', () => {
    const frame = buildOrderFrame(orderTable(), new Set<Measure>(['orders']), ALL_DAYS, SETTINGS);
    const accumulated = aggregate(frame, { count: 1, ids: new Int32Array(frame.length) }, new Set<Measure>(['orders']));
    expect([...accumulated.keys()].sort()).toEqual(['cancelledOrders', 'orders', 'refundedOrders']);
    expect([...accumulated.get('orders')!]).toEqual([3, 3]);
  });
});

describe('aggregate on an analytics frame', () => {
  it('sums each measure over the rows of each group and the total', () => {
    const measures = new Set<Measure>(['gmv', 'orders', 'clicks']);
    const frame = buildAnalyticsFrame(analyticsTable(), measures, ALL_DAYS, false, SETTINGS);
    expect(table(aggregate(frame, { count: 2, ids: Int32Array.from([0, 0, -1, 1]) }, measures), measures)).toEqual({
      gmv: [150, 30, 180],
      orders: [3, 1, 4],
      clicks: [60, 5, 65],
    });
  });
});
