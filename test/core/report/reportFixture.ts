import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

export const ORDER_COLUMNS = [
  'Order ID',
  'Order Status',
  'Cancelation/Return Type',
  'Seller SKU',
  'Product Name',
  'Variation',
  'Quantity',
  'SKU Subtotal After Discount',
  'Order Refund Amount',
  'Paid Time',
  'Buyer Username',
  'Recipient',
];

/** One SKU line: [id, status, type, sku, qty, subtotal, refund, paid]; the buyer columns hold names the outputs must never show. */
export type Line = [id: string, status: string, type: string, sku: string, qty: number, subtotal: number, refund: number, paid: string | Date];

export const BUYER_USERNAME = 'zz_buyer_handle_41';
export const BUYER_NAME = 'Quentin Zyxwv';

export function ordersTab(lines: readonly Line[]): CellValue[][] {
  const names: Record<string, string> = { A: 'Glow Serum', B: 'Tumbler' };
  return [
    ORDER_COLUMNS,
    ...lines.map(([id, status, type, sku, qty, subtotal, refund, paid]) => [
      id,
      status,
      type,
      sku,
      names[sku] ?? sku,
      '30 ml',
      qty,
      subtotal,
      refund,
      paid,
      BUYER_USERNAME,
      BUYER_NAME,
    ]),
  ];
}

/**
 * Two weeks ending Sunday 2026-11-22, hand-checked. This week (Nov 16–22): order 1 (A 2 × $20, B $20),
 * order 2 (A $20), order 3 (B $20, cancelled): GMV $100, 3 orders, 5 units. Last week (Nov 9–15):
 * order 4 (A $20), order 5 (B 2 × $20, refunded $40): GMV $60, 2 orders.
 */
export const TWO_WEEKS: Line[] = [
  ['1', 'Completed', '', 'A', 2, 40, 0, '2026-11-16 10:00'],
  ['1', 'Completed', '', 'B', 1, 20, 0, '2026-11-16 10:00'],
  ['2', 'Shipped', '', 'A', 1, 20, 0, '2026-11-20 12:00'],
  ['3', 'Cancelled', 'Cancel', 'B', 1, 20, 0, '2026-11-22 23:30'],
  ['4', 'Completed', '', 'A', 1, 20, 0, '2026-11-09 08:00'],
  ['5', 'Completed', 'Return/Refund', 'B', 2, 40, 40, '2026-11-15 18:00'],
];

export const ANALYTICS_COLUMNS = ['Date', 'GMV', 'Orders', 'Visitors', 'Customers', 'Product impressions', 'Product clicks'];

/**
 * One row per day Nov 9–22, GMV and orders on the days Orders has them (so the checklist reconciles
 * them): last week 800 visitors, 2 buyers, 8,000 impressions, 120 clicks; this week 1,000 visitors,
 * 3 buyers, 10,000 impressions, 200 clicks (those all on each week's Monday).
 */
export function analyticsTab(days = 14): CellValue[][] {
  const gmvOrders: Record<number, [number, number]> = { 0: [20, 1], 6: [40, 1], 7: [60, 1], 11: [20, 1], 13: [20, 1] };
  const rows: CellValue[][] = [ANALYTICS_COLUMNS];
  for (let i = 0; i < days; i++) {
    const day = `2026-11-${String(9 + i).padStart(2, '0')}`;
    const [gmv, orders] = gmvOrders[i] ?? [0, 0];
    if (i === 0) rows.push([day, gmv, orders, 800, 2, 8000, 120]);
    else if (i === 7) rows.push([day, gmv, orders, 1000, 3, 10000, 200]);
    else rows.push([day, gmv, orders, 0, 0, 0, 0]);
  }
  return rows;
}

export const SETTINGS_TAB: CellValue[][] = [
  ['Key', 'Value'],
  ['client.name', 'Glow & Co'],
  ['client.accountManager', 'Mia Chen'],
];

export function twoWeekWorkbook(tabs: Record<string, CellValue[][]> = {}): MemoryWorkbook {
  return new MemoryWorkbook({ Orders: ordersTab(TWO_WEEKS), Analytics: analyticsTab(), Settings: SETTINGS_TAB, ...tabs }, 'America/Los_Angeles');
}
