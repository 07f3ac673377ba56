import { ttsGmv, ttsOrders } from '../../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../../src/core/settings/settings';
import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { readTable } from '../../../src/core/table/readTable';
import { importOrders } from '../../../src/core/actions/importOrders';
import { importSummaryText } from '../../../src/core/actions/importSummary';

const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'SKU Subtotal After Discount', 'Paid Time', 'Shipped Time'];

/** Seller Center's description row under the header, in the seller's language (Order ID, Order Status, SKU ID, subtotal, Paid Time, Shipped Time). */
const DESCRIPTIONS: Record<string, string[]> = {
  English: [
    'Platform unique order ID.',
    'Order status.',
    'Platform unique SKU ID.',
    'SKU subtotal after discounts.',
    'Time the order was paid.',
    'Time the order was shipped.',
  ],
  Thai: ['หมายเลขคำสั่งซื้อเฉพาะของแพลตฟอร์ม', 'สถานะคำสั่งซื้อ', 'รหัส SKU เฉพาะของแพลตฟอร์ม', 'ยอดรวม SKU หลังหักส่วนลด', 'เวลาที่ชำระเงิน', 'เวลาที่จัดส่ง'],
  Chinese: ['平台唯一订单号。', '订单状态。', '平台唯一SKU编号。', '折扣后SKU小计。', '订单付款时间。', '订单发货时间。'],
  Vietnamese: [
    'Mã đơn hàng duy nhất của nền tảng.',
    'Trạng thái đơn hàng.',
    'Mã SKU duy nhất của nền tảng.',
    'Tổng phụ SKU sau giảm giá.',
    'Thời gian thanh toán.',
    'Thời gian giao hàng.',
  ],
  Indonesian: [
    'ID pesanan unik platform.',
    'Status pesanan.',
    'ID SKU unik platform.',
    'Subtotal SKU setelah diskon.',
    'Waktu pesanan dibayar.',
    'Waktu pesanan dikirim.',
  ],
};

const LINES = [
  ['583870900000000001\t', 'Completed', '172900000000000011\t', '150.00', '21/10/2026 10:15:00\t', '22/10/2026 09:00:00\t'],
  ['583870900000000002\t', 'Shipped', '172900000000000022\t', '49.50', '22/10/2026 18:40:00\t', ''],
];

describe.each(Object.entries(DESCRIPTIONS))('the description row in %s', (_language, description) => {
  const exported = [HEADER, description, ...LINES];

  it('is not read as an order line by the formulas', () => {
    const settings = withSettings({ dateOrder: 'DMY' });
    expect(ttsGmv(exported, '', '', '', settings)).toBeCloseTo(199.5, 6);
    expect(ttsOrders(exported, '2026-10-21', '2026-10-21', settings)).toBe(1);
  });

  it('is skipped under a header repeated inside a concatenated export, and counted', () => {
    const table = readTable([...exported, HEADER, description, ...LINES], ORDER_EXPORT_SPEC);
    expect(table.rows.length).toBe(4);
    expect(table.skipped).toEqual({ descriptionRows: 2, repeatedHeaders: 1 });
  });

  it('is left out by import-orders, which says so', () => {
    const result = importOrders(undefined, exported, 'orders.csv');
    expect(result.values).toEqual([HEADER, ...LINES]);
    expect(importSummaryText(result, 'orders.csv', 'client.xlsx', 'Orders')).toBe(
      "Imported orders.csv into client.xlsx (Orders): read 3 lines; 2 added, 0 updated (already there, replaced by this export's version), 1 skipped (1 description row).",
    );
  });
});

describe('a row under the header that is data, not a description', () => {
  it('is kept when its ID cell holds an ID, or a date cell holds a date', () => {
    const noId = ['', 'Completed', '172900000000000011', '', '21/10/2026 10:15:00', ''];
    expect(readTable([HEADER, LINES[0]], ORDER_EXPORT_SPEC).rows.length).toBe(1);
    expect(readTable([HEADER, noId], ORDER_EXPORT_SPEC).rows.length).toBe(1);
    const wordsAndDate = ['pending', 'Completed', 'n/a', '', '21/10/2026 10:15:00', ''];
    expect(readTable([HEADER, wordsAndDate], ORDER_EXPORT_SPEC).rows.length).toBe(1);
  });

  it('is a description only right under a header: the same words further down are a line (and fail loudly)', () => {
    const table = readTable([HEADER, ...LINES, DESCRIPTIONS.Thai], ORDER_EXPORT_SPEC);
    expect(table.rows.length).toBe(3);
    expect(() => ttsGmv([HEADER, ...LINES, DESCRIPTIONS.Thai], '', '', '', withSettings({ dateOrder: 'DMY' }))).toThrow(
      "row 4, column E 'Paid Time'",
    );
  });
});
