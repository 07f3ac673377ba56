import { CHANNEL_GMV_HEADERS, type ChannelMeasure } from '../markets/analyticsHeaders';
import type { Measure, TableKind } from './measures';

export type MetricFormat = 'money' | 'count' | 'percent';

/**
 * One row per metric, as a semantic layer declares them: a ratio is always the ratio of two
 * accumulated measures, never an average of per-row ratios. Formulas, pivots, read-out tabs and
 * client updates all read this table.
 */
export interface MetricDef {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly numerator: Measure;
  readonly denominator?: Measure;
  readonly format: MetricFormat;
  readonly higherIsBetter: boolean;
  readonly tables: readonly TableKind[];
  readonly definition: string;
  readonly source: string;
}

/** Why a recent period's Refund rate is low, said wherever the rate is shown. */
export const REFUND_LAG =
  'Returns count as the export shows them on its download date: recent orders can still be returned, so the latest period reads low.';
const SU_GMV = 'Seller University SU-US:813364865828654 (GMV includes cancelled and refunded orders, dated by payment time)';

/** Channel GMV columns as the client update names them (the English export's words; Indonesian-only columns translated literally). */
export const CHANNEL_LABELS: Readonly<Record<ChannelMeasure, string>> = {
  liveGmv: 'LIVE',
  videoGmv: 'Video',
  productCardGmv: 'Product card',
  creatorLiveGmv: 'Creator LIVE',
  creatorVideoGmv: 'Creator video',
  linkedLiveGmv: 'Linked account LIVE',
  linkedVideoGmv: 'Linked account video',
  sellerLiveGmv: 'Seller LIVE',
  sellerLiveIndirectGmv: 'Seller LIVE indirect',
  affiliateVideoGmv: 'Affiliate video',
};

/** Share metric name → its channel's GMV metric name: `LIVE share of GMV` → `LIVE GMV`. */
export const CHANNEL_SHARES: ReadonlyMap<string, string> = new Map(
  Object.values(CHANNEL_LABELS).map((label) => [`${label} share of GMV`, `${label} GMV`]),
);

type MetricRow = [
  name: string,
  aliases: readonly string[],
  /** A sum's measure, or a ratio's numerator and denominator. */
  measures: Measure | readonly [Measure, Measure],
  format: MetricFormat,
  tables: readonly TableKind[],
  definition: string,
  source: string,
  higherIsBetter?: boolean,
];

/** One row per metric, not one object: the field names would be written 29 times over in the Apps Script bundle. */
function metric(...[name, aliases, measures, format, tables, definition, source, higherIsBetter = true]: MetricRow): MetricDef {
  const [numerator, denominator] = typeof measures === 'string' ? [measures] : measures;
  return { name, aliases, numerator, ...(denominator && { denominator }), format, higherIsBetter, tables, definition, source };
}

const ORDERS: readonly TableKind[] = ['orders'];
const BOTH: readonly TableKind[] = ['orders', 'analytics'];
const LOWER_IS_BETTER = false;
const ORDER_COLUMNS = 'Seller Center order export columns; add-on definition.';

/** Each channel's GMV and its share of the analytics GMV (a ratio of sums); no source says whether the columns overlap, so none is derived from the others. */
function channelMetrics(): MetricDef[] {
  const source = 'Data Compass shop analytics export.';
  return (Object.keys(CHANNEL_LABELS) as ChannelMeasure[]).flatMap((measure): MetricDef[] => {
    const label = CHANNEL_LABELS[measure];
    const headers = CHANNEL_GMV_HEADERS[measure].map((h) => `'${h}'`).join(' or ');
    return [
      metric(`${label} GMV`, [], measure, 'money', ['analytics'], `Sum of ${headers}.`, source),
      metric(`${label} share of GMV`, [], [measure, 'gmv'], 'percent', ['analytics'], `Sum of ${headers} ÷ sum of 'GMV'.`, source),
    ];
  });
}

export const CHANNEL_METRICS: readonly MetricDef[] = channelMetrics();

export const METRICS: readonly MetricDef[] = [
  metric(
    'GMV',
    ['gross merchandise value', 'revenue', 'sales'],
    'gmv',
    'money',
    BOTH,
    "Sum of 'SKU Subtotal After Discount' over the SKU lines of paid orders, by Paid Time, cancelled and refunded orders included; analytics tables: sum of 'GMV'.",
    SU_GMV,
  ),
  metric(
    'Net GMV',
    ['net sales', 'net revenue'],
    'netGmv',
    'money',
    ORDERS,
    "GMV of paid orders that were not cancelled, less 'Order Refund Amount' taken once per order, spread by subtotal over the SKU lines that show the return (all its lines when none does).",
    'Add-on definition; Order Refund Amount is order-level and repeats on every line (facts: Seller Center order export).',
  ),
  metric(
    'Orders',
    ['order count', 'paid orders'],
    'orders',
    'count',
    BOTH,
    "Distinct paid 'Order ID's (IDs trimmed of tabs and spaces); a two-SKU order counts once. Analytics tables: sum of 'Orders'.",
    SU_GMV,
  ),
  metric(
    'Units',
    ['items sold', 'quantity', 'items'],
    'units',
    'count',
    BOTH,
    "Sum of 'Quantity' over the lines of paid orders; analytics tables: sum of 'Items sold'.",
    'Seller Center order export and Data Compass product analytics columns.',
  ),
  metric(
    'AOV',
    ['average order value'],
    ['gmv', 'orders'],
    'money',
    BOTH,
    'GMV ÷ Orders, both summed over the period first.',
    'TikTok Shop Seller University metric glossary (AOV = GMV / orders).',
  ),
  metric(
    'CTR',
    ['click-through rate', 'click through rate'],
    ['clicks', 'impressions'],
    'percent',
    ['analytics'],
    "Sum of 'Product clicks' ÷ sum of 'Product impressions' (a ratio of totals; Seller Center's overview shows an average of daily rates instead).",
    'TikTok Ads help, "About ads metrics in Seller Center" (CTR = clicks / impressions).',
  ),
  metric(
    'CVR',
    ['conversion rate', 'conversion'],
    ['customers', 'visitors'],
    'percent',
    ['analytics'],
    "Sum of 'Customers' (or 'Buyers') ÷ sum of 'Visitors'; on product-level exports without 'Visitors', ÷ 'Unique clicks'. A ratio of totals, not Seller Center's average of daily rates.",
    'Seller University SU-TH:6837814453454593 (conversion rate = customers / visitors).',
  ),
  metric(
    'Refund rate',
    ['refund %', 'return rate', 'refunds'],
    ['refundedOrders', 'orders'],
    'percent',
    ORDERS,
    `Paid orders with a return or refund ('Cancelation/Return Type' Return/Refund, a returned quantity, or an 'Order Refund Amount' above 0) ÷ paid orders. By SKU, an order counts as refunded only for the SKUs whose lines show the return. ${REFUND_LAG}`,
    ORDER_COLUMNS,
    LOWER_IS_BETTER,
  ),
  metric(
    'Cancel rate',
    ['cancellation rate', 'cancelled %', 'cancel %'],
    ['cancelledOrders', 'orders'],
    'percent',
    ORDERS,
    "Paid orders later cancelled (by anyone: 'Order Status' Cancelled or a 'Cancelled Time') ÷ paid orders.",
    ORDER_COLUMNS,
    LOWER_IS_BETTER,
  ),
  ...CHANNEL_METRICS,
];
