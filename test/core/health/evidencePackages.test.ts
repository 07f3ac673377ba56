import { evidencePack } from '../../../src/core/health/evidence/evidencePack';
import { reportFormat } from '../../../src/core/format/reportFormat';
import { withSettings } from '../../../src/core/settings/settings';
import { dayFromParts } from '../../../src/core/values/calendarDay';

const HEADERS = [
  'Order ID',
  'Order Status',
  'SKU ID',
  'Quantity',
  'SKU Subtotal After Discount',
  'Paid Time',
  'Shipped Time',
  'Shipping Provider Name',
  'Tracking ID',
  'Package ID',
];
const line = (order: string, sku: string, tracking: string, pack: string): unknown[] => [
  order,
  'Shipped',
  sku,
  1,
  10,
  '11/18/2026 10:00:00 AM',
  '11/19/2026 10:00:00 AM',
  'USPS',
  tracking,
  pack,
];

describe('VTR evidence counted by package', () => {
  it("shows the package that lacks a number, not the order's other, valid one", () => {
    const values = [
      HEADERS,
      line('579000000000000001', '1729000000000001', '9400100000000000000001', '1150000000000000001'),
      line('579000000000000001', '1729000000000002', '', '1150000000000000002'),
    ];
    const request = {
      metric: 'VTR',
      from: dayFromParts(2026, 11, 16),
      to: dayFromParts(2026, 11, 22),
      format: reportFormat('USD', 'US', '.'),
    } as const;
    const { row, orders } = evidencePack(values, request, withSettings({ timeZone: 'America/Los_Angeles' }), 'Orders');
    expect([row.numerator, row.denominator]).toEqual([1, 2]);
    expect(orders.map((o) => [o.orderId, o.trackingId, o.reason])).toEqual([['579000000000000001', '', 'No tracking number.']]);
  });
});
