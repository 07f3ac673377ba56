import type { ChannelMeasure } from '../markets/analyticsHeaders';

/** What one pass over the lines accumulates, per group and for the total. */
export type Measure = OrderMeasure | 'impressions' | 'clicks' | 'customers' | 'visitors' | ChannelMeasure;

export type OrderMeasure = 'gmv' | 'netGmv' | 'units' | 'orders' | 'cancelledOrders' | 'refundedOrders';

export type TableKind = 'orders' | 'analytics';

/** A line column of the order frame, and of the SQL's lines (snake case there: `netGmv` is `net_gmv`). */
export type LineColumn = 'gmv' | 'units' | 'netGmv';

/** An order flag a distinct count keeps to; `refunded` counts, in a group, where the order's lines there show the return when its lines say which. */
export type OrderFlag = 'cancelled' | 'refunded';

/**
 * How an order-export measure accumulates, as dbt MetricFlow declares `{agg, expr}`: a line column summed over the lines
 * (line grain), or orders counted once each per group (order grain), those with a flag or all.
 */
export type MeasureDef =
  | { readonly agg: 'sum'; readonly grain: 'line'; readonly column: LineColumn }
  | { readonly agg: 'countDistinct'; readonly grain: 'order'; readonly flag?: OrderFlag };

/** Declared once: the one-pass engine (aggregate.ts) and the SQL compiler (sql/metricsQuery.ts) both accumulate from this. */
export const ORDER_MEASURES: Readonly<Record<OrderMeasure, MeasureDef>> = {
  gmv: { agg: 'sum', grain: 'line', column: 'gmv' },
  netGmv: { agg: 'sum', grain: 'line', column: 'netGmv' },
  units: { agg: 'sum', grain: 'line', column: 'units' },
  orders: { agg: 'countDistinct', grain: 'order' },
  cancelledOrders: { agg: 'countDistinct', grain: 'order', flag: 'cancelled' },
  refundedOrders: { agg: 'countDistinct', grain: 'order', flag: 'refunded' },
};

/** The declaration of an order-export measure; undefined for a measure only analytics tables hold (summed per row there). */
export function orderMeasure(measure: Measure): MeasureDef | undefined {
  return Object.prototype.hasOwnProperty.call(ORDER_MEASURES, measure) ? ORDER_MEASURES[measure as OrderMeasure] : undefined;
}
