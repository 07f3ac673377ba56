import { apiOrdersToExportRows } from '../../../src/core/api/mapApiOrders';
import { importOrders } from '../../../src/core/actions/importOrders';
import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import { withSettings } from '../../../src/core/settings/settings';
import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { readTable } from '../../../src/core/table/readTable';
import { returnsByOrder } from '../../../src/core/api/orderReturns';
import { apiOrders, apiOrdersAsExport, apiReturns, PLANTED_BUYER_DATA } from '../../fixtures/apiOrders';

const TIME_ZONE = 'America/Los_Angeles';
const settings = withSettings({ timeZone: TIME_ZONE });
const METRICS = 'GMV, Net GMV, Orders, Units, Cancel rate, Refund rate';

describe('apiOrdersToExportRows', () => {
  const rows = apiOrdersToExportRows(apiOrders(), TIME_ZONE, returnsByOrder(apiReturns()));

  it('gives the same GMV, net GMV, orders, units, cancel and refund rates, by day and by SKU, as the export of the same orders', () => {
    for (const groupBy of ['day', 'Seller SKU']) {
      expect(ttsPivot(rows, groupBy, METRICS, '', '', settings)).toEqual(ttsPivot(apiOrdersAsExport(), groupBy, METRICS, '', '', settings));
    }
    expect(ttsPivot(rows, 'day', METRICS, '', '', settings)).toEqual([
      ['Day', 'GMV', 'Net GMV', 'Orders', 'Units', 'Cancel rate', 'Refund rate'],
      ['2026-11-30', 67, 30, 2, 4, 0.5, 0.5],
      ['2026-12-01', 39, 39, 1, 3, 0, 0],
      ['Total', 106, 69, 3, 7, 1 / 3, 1 / 3],
    ]);
  });

  it('writes one row per order and SKU, Quantity = its line items, times on the shop wall clock', () => {
    const table = readTable(rows, ORDER_EXPORT_SPEC);
    expect(table.rows.length).toBe(4);
    const cell = (row: number, key: 'orderId' | 'quantity' | 'paidTime' | 'cancelledTime') => table.values[table.rows[row]][table.index(key)];
    expect([0, 1, 2, 3].map((i) => [cell(i, 'orderId'), cell(i, 'quantity')])).toEqual([
      ['576000000000000001', 2],
      ['576000000000000001', 1],
      ['576000000000000002', 1],
      ['576000000000000003', 3],
    ]);
    expect(cell(3, 'paidTime')).toBe('2026-12-01 23:30:00');
    expect(cell(2, 'cancelledTime')).toBe('2026-11-30 13:00:00');
  });

  it('imports like an export: a second pull adds nothing, and an order that changed replaces its row', () => {
    const first = importOrders(undefined, rows);
    expect([first.added, first.duplicates]).toEqual([4, 0]);
    const later = apiOrders();
    Object.assign(later[2], { status: 'CANCELLED', cancel_time: Date.parse('2026-12-02T17:00:00Z') / 1000, cancellation_initiator: 'SELLER' });
    const second = importOrders(first.values, apiOrdersToExportRows(later, TIME_ZONE));
    expect([second.added, second.duplicates]).toEqual([0, 4]);
    expect(ttsPivot(second.values, 'day', 'Orders, Cancel rate', '', '', settings).at(-1)).toEqual(['Total', 3, 2 / 3]);
  });

  it('puts the refunded unit on its SKU row and the refund on every row of the order; rejected and superseded returns count for nothing', () => {
    const table = readTable(rows, ORDER_EXPORT_SPEC);
    const columns = ['cancelReturnType', 'returnQuantity', 'orderRefundAmount'] as const;
    expect(Array.from(table.rows, (r) => columns.map((key) => table.values[r][table.index(key)]))).toEqual([
      ['Return/Refund', 1, 17],
      ['', 0, 17],
      ['Cancel', 0, ''],
      ['', 0, ''],
    ]);
  });

  it('writes no buyer value anywhere', () => {
    const written = JSON.stringify(rows);
    expect(PLANTED_BUYER_DATA.filter((value) => written.includes(value))).toEqual([]);
    expect(written).not.toContain('Jane');
  });

  const changed = (change: (orders: Record<string, unknown>[]) => void): (() => unknown) => {
    const orders = apiOrders();
    change(orders);
    return () => apiOrdersToExportRows(orders, TIME_ZONE);
  };
  const line = (orders: Record<string, unknown>[], order: number, item: number) => (orders[order].line_items as Record<string, unknown>[])[item];

  it.each([
    [
      'an unknown status',
      (o: Record<string, unknown>[]) => (o[0].status = 'RETURNED'),
      "order 576000000000000001: 'status' is 'RETURNED', which the mapping does not know",
    ],
    ['a paid order without paid_time', (o: Record<string, unknown>[]) => delete o[2].paid_time, "order 576000000000000003: 'paid_time' is missing"],
    [
      'a cancelled order without cancel_time',
      (o: Record<string, unknown>[]) => delete o[1].cancel_time,
      "order 576000000000000002: 'cancel_time' is missing",
    ],
    [
      'no order amount',
      (o: Record<string, unknown>[]) => delete (o[0].payment as Record<string, unknown>).total_amount,
      "'payment.total_amount' is missing",
    ],
    [
      'money as a number',
      (o: Record<string, unknown>[]) => (line(o, 0, 1).sale_price = 13),
      "'line_items[1].sale_price' is not an amount written as decimal text",
    ],
    [
      'a sale price net of something else',
      (o: Record<string, unknown>[]) => (line(o, 0, 0).sale_price = '18.00'),
      "'line_items[0].sale_price' is not original_price − seller_discount − platform_discount",
    ],
    ['a gift unit', (o: Record<string, unknown>[]) => (line(o, 2, 1).is_gift = true), "order 576000000000000003: 'line_items[1].is_gift' is true"],
    [
      'a partly cancelled order',
      (o: Record<string, unknown>[]) => (line(o, 0, 2).display_status = 'CANCELLED'),
      "'line_items[2].display_status' is CANCELLED in an order that is not",
    ],
    [
      'a virtual bundle',
      (o: Record<string, unknown>[]) => (line(o, 0, 0).combined_listing_skus = [{ sku_id: '1', sku_count: 2 }]),
      'a virtual bundle stands for other SKUs',
    ],
    [
      'units of one SKU at two prices',
      (o: Record<string, unknown>[]) => Object.assign(line(o, 0, 2), { original_price: '21.00', sale_price: '18.00' }),
      "'line_items[2].original_price' differs from another unit of the same SKU",
    ],
    ['an unknown canceller', (o: Record<string, unknown>[]) => (o[1].cancellation_initiator = 'OPERATOR'), "'cancellation_initiator' is 'OPERATOR'"],
    ['no line items', (o: Record<string, unknown>[]) => (o[1].line_items = []), "order 576000000000000002: 'line_items' is empty"],
  ])('refuses %s, naming the order and the field', (_case, change, message) => {
    expect(changed(change)).toThrow(message);
  });

  it('names an order without an id by its place in the answer', () => {
    expect(changed((orders) => delete orders[1].id)).toThrow("TikTok Shop order number 2 of the answer has no 'id'");
  });
});
