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

/** Each channel's GMV and its share of the analytics GMV (a ratio of sums); no source says whether the columns overlap, so none is derived from the others. */
function channelMetrics(): MetricDef[] {
  return (Object.keys(CHANNEL_LABELS) as ChannelMeasure[]).flatMap((measure): MetricDef[] => {
    const label = CHANNEL_LABELS[measure];
    const headers = CHANNEL_GMV_HEADERS[measure].map((h) => `'${h}'`).join(' or ');
    const common = {
      aliases: [],
      numerator: measure,
      higherIsBetter: true,
      tables: ['analytics'] as const,
      source: 'Data Compass shop analytics export.',
    };
    return [
      { ...common, name: `${label} GMV`, format: 'money', definition: `Sum of ${headers}.` },
      { ...common, name: `${label} share of GMV`, denominator: 'gmv', format: 'percent', definition: `Sum of ${headers} ÷ sum of 'GMV'.` },
    ];
  });
}

export const CHANNEL_METRICS: readonly MetricDef[] = channelMetrics();

export const METRICS: readonly MetricDef[] = [
  {
    name: 'GMV',
    aliases: ['gross merchandise value', 'revenue', 'sales'],
    numerator: 'gmv',
    format: 'money',
    higherIsBetter: true,
    tables: ['orders', 'analytics'],
    definition:
      "Sum of 'SKU Subtotal After Discount' over the SKU lines of paid orders, by Paid Time, cancelled and refunded orders included; analytics tables: sum of 'GMV'.",
    source: SU_GMV,
  },
  {
    name: 'Net GMV',
    aliases: ['net sales', 'net revenue'],
    numerator: 'netGmv',
    format: 'money',
    higherIsBetter: true,
    tables: ['orders'],
    definition:
      "GMV of paid orders that were not cancelled, less 'Order Refund Amount' taken once per order, spread by subtotal over the SKU lines that show the return (all its lines when none does).",
    source: 'Add-on definition; Order Refund Amount is order-level and repeats on every line (facts: Seller Center order export).',
  },
  {
    name: 'Orders',
    aliases: ['order count', 'paid orders'],
    numerator: 'orders',
    format: 'count',
    higherIsBetter: true,
    tables: ['orders', 'analytics'],
    definition: "Distinct paid 'Order ID's (IDs trimmed of tabs and spaces); a two-SKU order counts once. Analytics tables: sum of 'Orders'.",
    source: SU_GMV,
  },
  {
    name: 'Units',
    aliases: ['items sold', 'quantity', 'items'],
    numerator: 'units',
    format: 'count',
    higherIsBetter: true,
    tables: ['orders', 'analytics'],
    definition: "Sum of 'Quantity' over the lines of paid orders; analytics tables: sum of 'Items sold'.",
    source: 'Seller Center order export and Data Compass product analytics columns.',
  },
  {
    name: 'AOV',
    aliases: ['average order value'],
    numerator: 'gmv',
    denominator: 'orders',
    format: 'money',
    higherIsBetter: true,
    tables: ['orders', 'analytics'],
    definition: 'GMV ÷ Orders, both summed over the period first.',
    source: 'TikTok Shop Seller University metric glossary (AOV = GMV / orders).',
  },
  {
    name: 'CTR',
    aliases: ['click-through rate', 'click through rate'],
    numerator: 'clicks',
    denominator: 'impressions',
    format: 'percent',
    higherIsBetter: true,
    tables: ['analytics'],
    definition:
      "Sum of 'Product clicks' ÷ sum of 'Product impressions' (a ratio of totals; Seller Center's overview shows an average of daily rates instead).",
    source: 'TikTok Ads help, "About ads metrics in Seller Center" (CTR = clicks / impressions).',
  },
  {
    name: 'CVR',
    aliases: ['conversion rate', 'conversion'],
    numerator: 'customers',
    denominator: 'visitors',
    format: 'percent',
    higherIsBetter: true,
    tables: ['analytics'],
    definition:
      "Sum of 'Customers' (or 'Buyers') ÷ sum of 'Visitors'; on product-level exports without 'Visitors', ÷ 'Unique clicks'. A ratio of totals, not Seller Center's average of daily rates.",
    source: 'Seller University SU-TH:6837814453454593 (conversion rate = customers / visitors).',
  },
  {
    name: 'Refund rate',
    aliases: ['refund %', 'return rate', 'refunds'],
    numerator: 'refundedOrders',
    denominator: 'orders',
    format: 'percent',
    higherIsBetter: false,
    tables: ['orders'],
    definition: `Paid orders with a return or refund ('Cancelation/Return Type' Return/Refund, a returned quantity, or an 'Order Refund Amount' above 0) ÷ paid orders. By SKU, an order counts as refunded only for the SKUs whose lines show the return. ${REFUND_LAG}`,
    source: 'Seller Center order export columns; add-on definition.',
  },
  {
    name: 'Cancel rate',
    aliases: ['cancellation rate', 'cancelled %', 'cancel %'],
    numerator: 'cancelledOrders',
    denominator: 'orders',
    format: 'percent',
    higherIsBetter: false,
    tables: ['orders'],
    definition: "Paid orders later cancelled (by anyone: 'Order Status' Cancelled or a 'Cancelled Time') ÷ paid orders.",
    source: 'Seller Center order export columns; add-on definition.',
  },
  ...CHANNEL_METRICS,
];
