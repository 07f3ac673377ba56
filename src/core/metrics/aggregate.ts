import type { AnalyticsFrame } from './analyticsFrame';
import { ORDER_MEASURES, orderMeasure, type Measure, type OrderFlag, type OrderMeasure } from './measures';
import type { OrderFrame } from './orderFrame';

export type Frame = OrderFrame | AnalyticsFrame;

/** Rows of a frame mapped to groups: group id per frame row, -1 for rows left out. */
export interface Grouping {
  readonly count: number;
  readonly ids: Int32Array;
}

/** Measure totals per group; index `count` holds the whole set (distinct orders counted once). */
export type Accumulated = ReadonlyMap<Measure, Float64Array>;

export function aggregate(frame: Frame, grouping: Grouping, measures: ReadonlySet<Measure>): Accumulated {
  return frame.kind === 'orders' ? aggregateOrders(frame, grouping, measures) : aggregateAnalytics(frame, grouping, measures);
}

function aggregateAnalytics(frame: AnalyticsFrame, { count, ids }: Grouping, measures: ReadonlySet<Measure>): Accumulated {
  const out = new Map<Measure, Float64Array>();
  for (const m of measures) out.set(m, sumByGroup(frame.sums.get(m)!, frame.length, { count, ids }));
  return out;
}

function aggregateOrders(frame: OrderFrame, { count, ids }: Grouping, measures: ReadonlySet<Measure>): Accumulated {
  const out = new Map<Measure, Float64Array>();
  for (const m of measures) {
    const def = orderMeasure(m);
    if (def?.agg === 'sum') out.set(m, sumByGroup(frame[def.column], frame.length, { count, ids }));
  }
  if ([...measures].some((m) => orderMeasure(m)?.agg === 'countDistinct')) {
    const counted = countDistinctOrders(frame, count, ids);
    for (const m of Object.keys(ORDER_MEASURES) as OrderMeasure[]) {
      const def = ORDER_MEASURES[m];
      if (def.agg === 'countDistinct') out.set(m, counted[def.flag ?? 'all']);
    }
  }
  return out;
}

/** A line-level column summed per group, and in the total at index `count`. */
function sumByGroup(source: Float64Array, length: number, { count, ids }: Grouping): Float64Array {
  const sums = new Float64Array(count + 1);
  for (let i = 0; i < length; i++) {
    const g = ids[i];
    if (g < 0) continue;
    sums[g] += source[i];
    sums[count] += source[i];
  }
  return sums;
}

/**
 * Each order once per group it has lines in, and once in the total. A refunded order counts as
 * refunded in the total; in a group, only where one of its lines there shows the return, when
 * its lines say which (a partial return of one SKU is not the other SKUs' refund).
 */
function countDistinctOrders(frame: OrderFrame, count: number, ids: Int32Array): Record<OrderFlag | 'all', Float64Array> {
  const orders = new Float64Array(count + 1);
  const cancelledOrders = new Float64Array(count + 1);
  const refundedOrders = new Float64Array(count + 1);
  const lastGroupOfOrder = new Int32Array(frame.orderCount).fill(-1);
  const pairs = new Set<number>();
  const width = count + 1;
  const add = (g: number, o: number): void => {
    orders[g]++;
    cancelledOrders[g] += frame.cancelled[o];
    if (g === count || frame.returnOnLines[o] !== 1) refundedOrders[g] += frame.refunded[o];
  };
  for (let i = 0; i < frame.length; i++) {
    const g = ids[i];
    if (g < 0) continue;
    const o = frame.order[i];
    const last = lastGroupOfOrder[o];
    if (last === g) continue;
    lastGroupOfOrder[o] = g;
    if (last < 0) {
      add(count, o);
      add(g, o);
      continue;
    }
    // The order has lines in several groups: remember every (order, group) pair from now on.
    pairs.add(o * width + last);
    if (pairs.has(o * width + g)) continue;
    pairs.add(o * width + g);
    add(g, o);
  }
  const returnedPairs = new Set<number>();
  for (let i = 0; i < frame.lineReturned.length; i++) {
    const g = ids[i];
    if (g < 0 || !frame.lineReturned[i]) continue;
    const pair = frame.order[i] * width + g;
    if (returnedPairs.has(pair)) continue;
    returnedPairs.add(pair);
    refundedOrders[g]++;
  }
  return { all: orders, cancelled: cancelledOrders, refunded: refundedOrders };
}
