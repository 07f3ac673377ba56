import { healthReport } from '../../../src/core/health/healthReport';
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from '../../../src/core/settings/healthSettings';
import { withSettings } from '../../../src/core/settings/settings';
import { formatDay } from '../../../src/core/values/calendarDay';
import { HEADERS, orderExport, type OrderSpec } from './orderExport';

const settingsWith = (health: Partial<HealthSettings> = {}) => withSettings({ health: { ...DEFAULT_HEALTH_SETTINGS, ...health } });

// Window 2026-11-16 (Mon) – 2026-11-22 (Sun). Thanksgiving is later; no holiday inside.
const ORDERS: OrderSpec[] = [
  // A: paid Monday 10:00, shipped Wednesday 18:00 → on time by end of day, late with 'same time'. Two SKU lines, one order.
  { id: '576000000000000001', paid: '2026-11-16 10:00', shipped: '2026-11-18 18:00', tracking: '9400111202555842761234', carrier: 'USPS', lines: 2 },
  // B: paid Friday 20:00, shipped Tuesday 09:00 → on time in both modes (deadline Tuesday).
  { id: '576000000000000002', paid: '2026-11-13 20:00', shipped: '2026-11-17 09:00', tracking: '1Z999AA10123456784', carrier: 'UPS' },
  // C: paid Friday 09:00, shipped Wednesday 08:00 → late (deadline Tuesday).
  { id: '576000000000000003', paid: '2026-11-13 09:00', shipped: '2026-11-18 08:00', tracking: 123456789012, carrier: 'FedEx' },
  // D: paid Saturday, shipped Tuesday 23:00 → on time (counting starts Monday).
  { id: '576000000000000004', paid: '2026-11-14 12:00', shipped: '2026-11-17 23:00', tracking: 'GM605112270084510356', carrier: 'DHL eCommerce' },
  // E: FBT, would be late: left out of LDR, VTR and SFCR, but in Cancel rate and Refund rate.
  { id: '576000000000000005', paid: '2026-11-16 09:00', shipped: '2026-11-20 09:00', fbt: true, tracking: 'TBD', carrier: 'USPS' },
  // F: pre-order, would be late: left out of LDR only.
  { id: '576000000000000006', paid: '2026-11-10 09:00', shipped: '2026-11-19 09:00', preOrder: true, tracking: 'C12345678901234', carrier: 'OnTrac' },
  // G: paid Friday, cancelled by the seller: out of stock.
  { id: '576000000000000007', paid: '2026-11-20 14:00', cancelBy: 'Seller', reason: 'Out of stock', lines: 3 },
  // H: cancelled by the buyer.
  { id: '576000000000000008', paid: '2026-11-19 11:00', cancelBy: 'Buyer', reason: 'No longer needed' },
  // I: shipped on time, then cancelled by the system when delivery failed: not seller fault.
  {
    id: '576000000000000009',
    paid: '2026-11-17 08:00',
    shipped: '2026-11-18 10:00',
    status: 'Cancelled',
    cancelBy: 'System',
    reason: 'Package delivery failed',
    tracking: '9205590164917312751089',
    carrier: 'USPS',
  },
  // J: paid Tuesday 09:00, shipped Thursday 10:00 → on time by end of day, late with 'same time'; tracking missing.
  { id: '576000000000000010', paid: '2026-11-17 09:00', shipped: '2026-11-19 10:00', tracking: 'TBD', carrier: 'USPS' },
  // K: paid Wednesday 08:00, shipped Friday 07:00 → on time; UPS number cut short; returned.
  {
    id: '576000000000000011',
    paid: '2026-11-18 08:00',
    shipped: '2026-11-20 07:00',
    tracking: '1Z123',
    carrier: 'UPS',
    type: 'Return/Refund',
    refund: 10,
  },
  // L: before the window.
  { id: '576000000000000012', paid: '2026-11-06 09:00', shipped: '2026-11-10 09:00', tracking: '9400111202555842761299', carrier: 'USPS' },
];

const values = orderExport(ORDERS);
const rowOf = (report: ReturnType<typeof healthReport>, metric: string) => report.rows.find((r) => r.metric === metric)!;

describe('health report on a hand-checked export', () => {
  const report = healthReport(values, { asOf: '2026-11-22', windowDays: 7 }, settingsWith({ minimumOrders: 5 }));

  it('covers windowDays ending asOf, inclusive', () => {
    expect(formatDay(report.window.from)).toBe('2026-11-16');
    expect(formatDay(report.window.to)).toBe('2026-11-22');
    expect(report.rows.map((r) => r.metric)).toEqual(['LDR', 'VTR', 'SFCR', 'Cancel rate', 'Refund rate']);
  });

  it('LDR: 1 late (C) of 7 seller-fulfilled orders shipped in the window, FBT and pre-order left out', () => {
    const ldr = rowOf(report, 'LDR');
    expect(ldr).toMatchObject({ numerator: 1, denominator: 7, status: 'AT RISK', target: '≤ 4%', limit: 0.04 });
    expect(ldr.value).toBeCloseTo(1 / 7, 12);
    expect(ldr.note).toBe(
      '1 of 7 orders shipped after the 2-business-day SLA (end of day cut-off). Over the 4% limit by 1 late shipment (it allows 0 of 7). ' +
        'First late order in the range: row 6. ' +
        'Left out: 1 FBT, 1 pre-order (their SLA runs from the pre-order close date, not in the export). Above the 10% enforcement level. ' +
        'Business days: Mon–Fri without US federal holidays (by rule, 5 U.S.C. 6103).',
    );
  });

  it("LDR with the 'same time' cut-off also counts A and J late", () => {
    const sameTime = healthReport(values, { asOf: '2026-11-22', windowDays: 7, metrics: ['LDR'] }, settingsWith({ dispatchCutoff: 'same time' }));
    expect(sameTime.rows[0]).toMatchObject({ numerator: 3, denominator: 7 });
  });

  it('VTR: 6 of 8 shipped orders (pre-order included, FBT left out) have a valid number; J missing, K not a UPS number', () => {
    const vtr = rowOf(report, 'VTR');
    expect(vtr).toMatchObject({ numerator: 6, denominator: 8, value: 0.75, status: 'AT RISK', target: '≥ 95%' });
    expect(vtr.note).toContain('6 of 8 orders shipped (FBT left out) have a valid tracking number; 1 missing, 1 not plausible');
    expect(vtr.note).toContain('First: row 16, text of 5 characters (letters and digits) for UPS; expected 1Z followed by 16 letters or digits.');
  });

  it('SFCR: G of the 6 seller-fulfilled orders paid in the window; buyer and delivery-failure cancellations not counted', () => {
    const sfcr = rowOf(report, 'SFCR');
    expect(sfcr).toMatchObject({ numerator: 1, denominator: 6, status: 'AT RISK' });
    expect(sfcr.note).toContain('1 of 6 paid orders (FBT left out) were cancelled by the seller or the system for a seller reason.');
    expect(sfcr.note).toContain('Reasons: Out of stock 1.');
  });

  it('Cancel rate and Refund rate come from the metric catalog over all 7 orders paid in the window', () => {
    expect(rowOf(report, 'Cancel rate')).toMatchObject({ numerator: 3, denominator: 7, status: 'AT RISK', target: '≤ 5%' });
    expect(rowOf(report, 'Refund rate')).toMatchObject({ numerator: 1, denominator: 7, status: 'AT RISK' });
    expect(rowOf(report, 'Refund rate').note).toContain('The limit is an agency default, not TikTok policy.');
  });

  it('says NOT ENOUGH DATA under the default minimum of 20 orders', () => {
    const small = healthReport(values, { asOf: '2026-11-22', windowDays: 7 }, settingsWith());
    expect(small.rows.map((r) => r.status)).toEqual(Array(5).fill('NOT ENOUGH DATA'));
    expect(rowOf(small, 'LDR').value).toBeCloseTo(1 / 7, 12);
  });

  it('ends the window on the last Paid or Shipped day when asOf is blank, 30 days by default', () => {
    const defaults = healthReport(values, { asOf: '', windowDays: '' }, settingsWith());
    expect(formatDay(defaults.asOf)).toBe('2026-11-20');
    expect(formatDay(defaults.window.from)).toBe('2026-10-22');
    expect(rowOf(defaults, 'LDR')).toMatchObject({ numerator: 1, denominator: 8 }); // L joins
  });

  it('takes the as-of day as a day number from a caller that has one, as it takes the date written out', () => {
    const written = healthReport(values, { asOf: '2026-11-18', windowDays: 7 }, settingsWith());
    const asDay = healthReport(values, { asOfDay: written.asOf, windowDays: 7 }, settingsWith());
    expect(formatDay(asDay.asOf)).toBe('2026-11-18'); // not the data's last day (2026-11-20)
    expect(asDay).toEqual(written);
  });

  it('counts an order once however many SKU lines it has', () => {
    const twoLines = orderExport([{ ...ORDERS[2], lines: 4 }]);
    const report1 = healthReport(twoLines, { asOf: '2026-11-22', windowDays: 7 }, settingsWith());
    expect(rowOf(report1, 'LDR')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(rowOf(report1, 'VTR')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('takes order-level values from the first line that has them', () => {
    const rows = orderExport([{ ...ORDERS[0], lines: 2 }]);
    rows[2][HEADERS.indexOf('Tracking ID')] = ''; // the first SKU line lacks the number, the second has it
    rows[2][HEADERS.indexOf('Shipped Time')] = '';
    const report1 = healthReport(rows, { asOf: '2026-11-22', windowDays: 7 }, settingsWith());
    expect(rowOf(report1, 'VTR')).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

describe('SFCR reasons', () => {
  const cancelled = (id: string, reason: string, cancelBy = ''): OrderSpec => ({
    id,
    paid: '2026-11-17 09:00',
    status: 'Cancelled',
    type: 'Cancel',
    cancelBy,
    reason,
  });
  const orders = [
    cancelled('1', 'Out of stock'),
    cancelled('2', 'Out of stock'),
    cancelled('3', 'Pricing error'),
    cancelled('4', 'Unable to ship'),
    cancelled('5', 'Failed to ship in time', 'System'),
    cancelled('6', 'No longer needed'),
    { id: '7', paid: '2026-11-18 09:00' },
  ];

  it('decides by the reason when Cancel By is blank, and lists the commonest reasons', () => {
    const sfcr = healthReport(orderExport(orders), { asOf: '2026-11-22', windowDays: 7, metrics: ['SFCR'] }, settingsWith()).rows[0];
    expect(sfcr).toMatchObject({ numerator: 5, denominator: 7 });
    expect(sfcr.note).toContain('Reasons: Out of stock 2, Failed to ship in time 1, Pricing error 1 (and 1 other).');
  });

  it('tells cancellations from the reason alone when the export has no Order Status or Cancel By', () => {
    const headers = HEADERS.filter((h) => h !== 'Order Status' && h !== 'Cancel By');
    const sfcr = healthReport(orderExport(orders, headers), { asOf: '2026-11-22', windowDays: 7, metrics: ['SFCR'] }, settingsWith()).rows[0];
    expect(sfcr).toMatchObject({ numerator: 5, denominator: 7 });
  });

  it('reads who cancelled in the export language, and names a Cancel By word it does not know instead of silently under-counting', () => {
    const translated = [
      cancelled('1', 'Stok habis', 'Penjual'),
      cancelled('2', 'Tidak jadi membeli', 'Pembeli'),
      cancelled('3', 'Hết hàng', 'Lainnya'),
      cancelled('4', 'Đổi ý', 'Lainnya'),
      { id: '5', paid: '2026-11-18 09:00' },
    ];
    const sfcr = healthReport(orderExport(translated), { asOf: '2026-11-22', windowDays: 7, metrics: ['SFCR'] }, settingsWith()).rows[0];
    // 'Hết hàng' (out of stock) decides order 3 by its reason: a seller fault.
    expect(sfcr).toMatchObject({ numerator: 2, denominator: 5 });
    expect(sfcr.note).toContain(
      "'Cancel By' on 2 cancelled orders names no known buyer, seller or system word (first: row 5): those were judged by their reason alone, so SFCR may be understated; check them in Seller Center.",
    );
    const known = healthReport(orderExport(orders), { asOf: '2026-11-22', windowDays: 7, metrics: ['SFCR'] }, settingsWith()).rows[0];
    expect(known.note).not.toContain("'Cancel By' on");
  });

  it('names a non-English reason in its own words, and says how many cancellations nothing decides instead of calling them the buyer’s', () => {
    const thai = [
      cancelled('1', 'สินค้าหมด'),
      cancelled('2', 'สินค้าหมด'),
      cancelled('3', 'เปลี่ยนใจ'),
      cancelled('4', 'ลูกค้าติดต่อไม่ได้'),
      { id: '5', paid: '2026-11-18 09:00' },
    ];
    const sfcr = healthReport(orderExport(thai), { asOf: '2026-11-22', windowDays: 7, metrics: ['SFCR'] }, settingsWith()).rows[0];
    expect(sfcr).toMatchObject({ numerator: 2, denominator: 5 });
    expect(sfcr.note).toContain('Reasons: สินค้าหมด 2.');
    expect(sfcr.note).toContain(
      '1 cancelled order names no known canceller and a reason TTS Ops does not know (first: row 6): not counted as seller faults, so SFCR may be understated; check them in Seller Center.',
    );
    expect(sfcr.note).not.toContain('ลูกค้าติดต่อไม่ได้');
  });

  it('counts a Cancel By that looks like a buyer (a shifted paste) without quoting it', () => {
    const shifted = [
      cancelled('1', 'Out of stock', 'Jane Doe'),
      cancelled('2', 'Out of stock', '+1 415 555 0100'),
      { id: '3', paid: '2026-11-18 09:00' },
    ];
    const sfcr = healthReport(orderExport(shifted), { asOf: '2026-11-22', windowDays: 7, metrics: ['SFCR'] }, settingsWith()).rows[0];
    expect(sfcr.note).toContain("'Cancel By' on 2 cancelled orders names no known buyer, seller or system word (first: row 3)");
    expect(sfcr.note).not.toMatch(/Jane|555/);
  });
});

describe('health report errors', () => {
  const settings = settingsWith();
  const without = (header: string) => {
    const col = HEADERS.indexOf(header);
    return values.map((row) => row.filter((_, c) => c !== col));
  };

  it('names a missing column and the headers tried', () => {
    expect(() => healthReport(without('Shipped Time'), { asOf: '2026-11-22', metrics: ['LDR'] }, settings)).toThrow(
      "the order export has no column 'Shipped Time', needed for the late dispatch rate (LDR)",
    );
    expect(() => healthReport(without('Tracking ID'), { asOf: '2026-11-22', metrics: ['VTR'] }, settings)).toThrow(
      "no column 'Tracking ID' (also tried: 'Tracking Number'), needed for the valid tracking rate (VTR)",
    );
    const noCancelColumns = without('Cancel By').map((row) => row.filter((_, c) => c !== HEADERS.indexOf('Cancel Reason') - 1));
    expect(() => healthReport(noCancelColumns, { asOf: '2026-11-22', metrics: ['SFCR'] }, settings)).toThrow(
      "no column 'Cancel By' (also tried: 'Cancelled By', 'Canceled By'), needed for the seller-fault cancellation rate (SFCR)",
    );
  });

  it('keeps the full table when a column only some rates need is missing, naming it on their rows', () => {
    const report = healthReport(without('Shipped Time'), { asOf: '2026-11-22', windowDays: 7 }, settings);
    expect(rowOf(report, 'LDR')).toMatchObject({ status: 'NOT ENOUGH DATA', value: null });
    expect(rowOf(report, 'LDR').note).toContain("no column 'Shipped Time', needed for the late dispatch rate (LDR)");
    expect(rowOf(report, 'VTR').status).toBe('NOT ENOUGH DATA');
    expect(rowOf(report, 'SFCR').denominator).toBeGreaterThan(0);
  });

  it('computes one metric without the columns only the others need', () => {
    const report = healthReport(without('Tracking ID'), { asOf: '2026-11-22', windowDays: 7, metrics: ['LDR'] }, settings);
    expect(report.rows[0]).toMatchObject({ metric: 'LDR', numerator: 1, denominator: 7 });
  });

  it('names a bad date cell, a bad argument and a bad setting', () => {
    const bad = orderExport([ORDERS[0]]);
    bad[2][HEADERS.indexOf('Shipped Time')] = '02/31/2026 10:00:00 AM';
    expect(() => healthReport(bad, {}, settings)).toThrow("row 3, column J 'Shipped Time': expected a date");
    expect(() => healthReport(values, { windowDays: 'a month' }, settings)).toThrow(
      "'windowDays' must be a whole number of days from 1 to 366 (default 30); got 'a month'.",
    );
    expect(() => healthReport(values, { windowDays: 7.5 }, settings)).toThrow("'windowDays' must be a whole number");
    expect(() => healthReport(values, { asOf: 'yesterday' }, settings)).toThrow("'asOf' must be a date");
    expect(() => healthReport(values, {}, settingsWith({ ldrLimit: 4 }))).toThrow(
      "Setting 'Late dispatch rate limit' (ldrLimit) must be a fraction from 0 to 0.99 (0.04 = 4%); got 4.",
    );
    expect(() => healthReport(values, {}, settingsWith({ holidays: ['next friday'] }))).toThrow("'next friday' is not a date");
  });

  it('refuses a product analytics table and a single cell', () => {
    const analytics = [
      ['Date', 'GMV', 'Orders'],
      ['2026-11-16', 100, 3],
    ];
    expect(() => healthReport(analytics, {}, settings, 'Analytics')).toThrow('Analytics: account health needs a Seller Center order export');
    expect(() => healthReport('Orders!A:BJ', {}, settings)).toThrow("'orders' must be a range");
  });

  it('asks for asOf when nothing in the export is dated', () => {
    const undated = orderExport([{ id: '1' }]);
    expect(() => healthReport(undated, {}, settings)).toThrow(
      "no Paid Time or Shipped Time dates, so there is no last date to end the window on; give 'asOf'",
    );
  });
});
