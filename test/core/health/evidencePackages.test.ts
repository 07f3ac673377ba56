import { evidenceBlocks } from '../../../src/core/report/evidenceBlocks';
import { evidencePack } from '../../../src/core/health/evidence/evidencePack';
import { healthReport } from '../../../src/core/health/healthReport';
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
const line = (order: string, sku: string, tracking: unknown, pack: string): unknown[] => [
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

const settings = withSettings({ timeZone: 'America/Los_Angeles' });
const request = {
  metric: 'VTR',
  from: dayFromParts(2026, 11, 16),
  to: dayFromParts(2026, 11, 22),
  format: reportFormat('USD', 'US', '.'),
} as const;

describe('VTR evidence counted by package', () => {
  it("shows the package that lacks a number, not the order's other, valid one", () => {
    const values = [
      HEADERS,
      line('579000000000000001', '1729000000000001', '9400100000000000000001', '1150000000000000001'),
      line('579000000000000001', '1729000000000002', '', '1150000000000000002'),
    ];
    const { row, orders } = evidencePack(values, request, settings, 'Orders');
    expect([row.numerator, row.denominator]).toEqual([1, 2]);
    expect(orders.map((o) => [o.orderId, o.trackingId, o.reason])).toEqual([['579000000000000001', '', 'No tracking number.']]);
  });

  it("the daily timeline counts the rate's packages too: 1 of 2 valid that day, not the order's 0 of 1", () => {
    const values = [
      HEADERS,
      line('579000000000000001', '1729000000000001', '9400100000000000000001', '1150000000000000001'),
      line('579000000000000001', '1729000000000002', '', '1150000000000000002'),
    ];
    const pack = evidencePack(values, request, settings, 'Orders');
    expect(pack.timeline.filter((d) => d.counted).map((d) => [d.counted, d.against, d.value])).toEqual([[2, 1, 0.5]]);
    const blocks = JSON.stringify(evidenceBlocks(pack, request.format));
    expect(blocks).toContain('1 shipments with a valid tracking number of 2 seller-fulfilled shipments shipped in the window');
    expect(blocks).toContain('shipments counted against the shop on');
    expect(blocks).not.toContain('orders shipped in the window');
  });

  it("the what-if removes the excused order's packages, valid ones too: 4 of 6 → 3 of 4, as recomputed without its lines", () => {
    const excused = [
      line('579000000000000011', '1729000000000011', '9400100000000000000011', '1150000000000000011'),
      // A spreadsheet turned the number into 9.4E+21: disputable.
      line('579000000000000011', '1729000000000012', 9.40010000000000000001e21, '1150000000000000012'),
    ];
    const kept = [
      line('579000000000000012', '1729000000000013', '9400100000000000000013', '1150000000000000013'),
      line('579000000000000012', '1729000000000014', '9400100000000000000014', '1150000000000000014'),
      line('579000000000000013', '1729000000000015', '', '1150000000000000015'),
      line('579000000000000014', '1729000000000016', '9400100000000000000016', '1150000000000000016'),
    ];
    const { row, ifExcused } = evidencePack([HEADERS, ...excused, ...kept], request, settings, 'Orders');
    expect([row.numerator, row.denominator, ifExcused.excused]).toEqual([4, 6, 1]);
    expect([ifExcused.row.numerator, ifExcused.row.denominator]).toEqual([3, 4]);
    const recomputed = healthReport([HEADERS, ...kept], { asOf: '2026-11-22', windowDays: 7, metrics: ['VTR'] }, settings).rows[0];
    expect([ifExcused.row.value, ifExcused.row.status]).toEqual([recomputed.value, recomputed.status]);
  });
});
