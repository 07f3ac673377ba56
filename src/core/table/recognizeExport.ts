import { ANALYTICS_COLUMNS, ORDER_COLUMNS } from './columns';
import { findColumn, headerIndex, HEADER_SCAN_ROWS } from './findHeaderRow';
import { normalizeHeader } from './normalizeHeader';

/** The Seller Center exports an agency pastes, told apart by their own columns. */
export type ExportKind = 'orders' | 'affiliateOrders' | 'creatorEarnings' | 'returns' | 'analytics';

/**
 * Headers only one export has. Affiliate and returns exports also carry Order ID, SKU ID and Order Status, so they are
 * looked for before the order export's own; each list holds columns seen in real exports (docs/RELIABILITY.md).
 */
const SIGNATURES: readonly (readonly [ExportKind, readonly string[]])[] = [
  ['returns', ['Return Order ID', 'Return Reason', 'Return Status', 'Return Sub Status', 'Time Requested']],
  [
    'affiliateOrders',
    [
      'Creator Username',
      'Standard commission rate',
      'Est. standard commission payment',
      'Est. Commission Base',
      'Actual Commission Payment',
      'commission model',
    ],
  ],
  ['creatorEarnings', ['Shop code', 'Est. standard commission', 'Total final earned amount', 'Order settlement status']],
];

const SIGNATURE_KINDS = new Map(SIGNATURES.flatMap(([kind, headers]) => headers.map((header) => [normalizeHeader(header), kind] as const)));

const ANALYTICS_MEASURES = [
  ANALYTICS_COLUMNS.gmv,
  ANALYTICS_COLUMNS.orders,
  ANALYTICS_COLUMNS.itemsSold,
  ANALYTICS_COLUMNS.impressions,
  ANALYTICS_COLUMNS.clicks,
];

/** What a pasted or exported table is, from its first header-like row; undefined when no known export's columns are there. */
export function recognizeExport(values: readonly (readonly unknown[])[]): ExportKind | undefined {
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const row = values[r] ?? [];
    for (const cell of row) {
      const kind = typeof cell === 'string' ? SIGNATURE_KINDS.get(normalizeHeader(cell)) : undefined;
      if (kind) return kind;
    }
    const index = headerIndex(row);
    if (findColumn(index, ORDER_COLUMNS.orderId) >= 0) return 'orders';
    if (ANALYTICS_MEASURES.some((column) => findColumn(index, column) >= 0)) return 'analytics';
  }
  return undefined;
}

/** How a message names an export that is not the one asked for. */
export const EXPORT_NAMES: Record<ExportKind, string> = {
  orders: 'an order export',
  affiliateOrders: 'an affiliate orders export',
  creatorEarnings: "a creator's affiliate earnings export",
  returns: 'a returns export',
  analytics: 'a Data Compass analytics export',
};
