import { CHANNEL_GMV_HEADERS, type ChannelMeasure } from '../markets/analyticsHeaders';

/** What one pass over the lines accumulates, per group and for the total. */
export type Measure =
  'gmv' | 'netGmv' | 'orders' | 'units' | 'cancelledOrders' | 'refundedOrders' | 'impressions' | 'clicks' | 'customers' | 'visitors' | ChannelMeasure;

export type TableKind = 'orders' | 'analytics';

export const MEASURES: readonly Measure[] = [
  'gmv',
  'netGmv',
  'orders',
  'units',
  'cancelledOrders',
  'refundedOrders',
  'impressions',
  'clicks',
  'customers',
  'visitors',
  ...(Object.keys(CHANNEL_GMV_HEADERS) as ChannelMeasure[]),
];

/** Measures counted once per order (distinct) rather than summed over SKU lines. */
export const ORDER_LEVEL_MEASURES: ReadonlySet<Measure> = new Set(['orders', 'cancelledOrders', 'refundedOrders']);
