import { readSalesTable } from '../../../src/core/metrics/readSalesTable';
import type { AnalyticsColumnKey, OrderColumnKey } from '../../../src/core/table/columns';
import type { Table } from '../../../src/core/table/readTable';
import { KPI_ORDER_HEADERS } from '../../fixtures/smallOrderExport';

/**
 * Five paid SKU lines of four orders and one unpaid line, hand-checked: 5001 (MUG 2 × $10, TEE $15); 5002 (MUG $10
 * returned, TEE $15; its $10 refund repeats on both lines, as Seller Center writes order-level amounts); 5003 (TEE $15,
 * cancelled, on Sunday); 5004 unpaid (no Paid Time).
 */
export const ORDER_LINES: unknown[][] = [
  KPI_ORDER_HEADERS,
  ['5001', 'Completed', '', 'MUG', 2, 20, 0, '2026-11-16 10:00'],
  ['5001', 'Completed', '', 'TEE', 1, 15, 0, '2026-11-16 10:00'],
  ['5002', 'Completed', 'Return/Refund', 'MUG', 1, 10, 10, '2026-11-17 09:00'],
  ['5002', 'Completed', '', 'TEE', 1, 15, 10, '2026-11-17 09:00'],
  ['5003', 'Cancelled', 'Cancel', 'TEE', 1, 15, 0, '2026-11-22 20:00'],
  ['5004', 'Unpaid', '', 'MUG', 1, 10, 0, ''],
];

export function orderTable(values: unknown[][] = ORDER_LINES): Table<OrderColumnKey> {
  const sales = readSalesTable(values);
  if (sales.kind !== 'orders') throw new Error('not an order export');
  return sales.table;
}

/** Four days of a product analytics table, the last on the next Monday. */
export const ANALYTICS_DAYS: unknown[][] = [
  ['Date', 'GMV', 'Orders', 'Product impressions', 'Product clicks'],
  ['2026-11-20', 100, 2, 1000, 40],
  ['2026-11-21', 50, 1, 800, 20],
  ['2026-11-22', 0, 0, 600, 10],
  ['2026-11-23', 30, 1, 500, 5],
];

export function analyticsTable(values: unknown[][] = ANALYTICS_DAYS): Table<AnalyticsColumnKey> {
  const sales = readSalesTable(values);
  if (sales.kind !== 'analytics') throw new Error('not an analytics table');
  return sales.table;
}
