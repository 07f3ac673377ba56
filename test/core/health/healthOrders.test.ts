import { healthReport } from '../../../src/core/health/healthReport';
import { DEFAULT_HEALTH_SETTINGS } from '../../../src/core/settings/healthSettings';
import { metricTotals } from '../../../src/core/metrics/evaluate';
import { findMetric } from '../../../src/core/metrics/parseMetricList';
import { readSalesTable } from '../../../src/core/metrics/readSalesTable';
import { DEFAULT_SETTINGS, withSettings } from '../../../src/core/settings/settings';
import { dayFromParts, formatDay } from '../../../src/core/values/calendarDay';
import { generateOrderExport } from '../../../src/demo/orderExport';
import { HEADERS, orderExport, type OrderSpec } from './orderExport';

/**
 * Health reads the export in one pass (every order-level column, each order's times, and each
 * line's Paid Time day for the catalog rates); these pin that pass to what a separate read of
 * each column, and the metric catalog's own frame, give.
 */
const settings = withSettings({ health: { ...DEFAULT_HEALTH_SETTINGS, minimumOrders: 1 } });
const rowOf = (report: ReturnType<typeof healthReport>, metric: string) => report.rows.find((r) => r.metric === metric)!;

describe('Cancel rate and Refund rate from the one pass', () => {
  const values = generateOrderExport({ seed: 3, endDay: '2026-11-22', days: 60, lines: 4000 });
  const both = [findMetric('Cancel rate'), findMetric('Refund rate')];

  /** The header, the description row, then the data lines in the order given. */
  const withLines = (order: (lines: unknown[][]) => unknown[][]): unknown[][] => [values[0], values[1], ...order(values.slice(2))];
  // Every third line moved to the end: orders' lines apart, the same order met again much later.
  const scattered = withLines((lines) => [...lines.filter((_, i) => i % 3 !== 0), ...lines.filter((_, i) => i % 3 === 0)]);

  it.each([
    ['the export as downloaded', values],
    ['with its lines scattered', scattered],
  ])('equal the metric catalog read on its own, window by window (%s)', (_, table) => {
    const sales = readSalesTable(table, '', 'orders');
    for (const asOf of ['2026-11-22', '2026-11-01', '2026-10-10']) {
      for (const windowDays of [1, 7, 30]) {
        const report = healthReport(table, { asOf, windowDays }, settings);
        const to = dayFromParts(...(asOf.split('-').map(Number) as [number, number, number]));
        const catalog = metricTotals(sales, both, { from: to - windowDays + 1, to }, DEFAULT_SETTINGS);
        expect([rowOf(report, 'Cancel rate').numerator, rowOf(report, 'Refund rate').numerator, rowOf(report, 'Cancel rate').denominator]).toEqual([
          catalog.get('cancelledOrders')![1],
          catalog.get('refundedOrders')![1],
          catalog.get('orders')![1],
        ]);
      }
    }
    expect(rowOf(healthReport(table, { asOf: '2026-11-22', windowDays: 30 }, settings), 'Cancel rate').numerator).toBeGreaterThan(0);
  });

  it('gives every rate the same counts however the lines are ordered', () => {
    const counts = (table: unknown[][]) => healthReport(table, {}, settings).rows.map((r) => [r.metric, r.numerator, r.denominator]);
    expect(counts(scattered)).toEqual(counts(values));
    expect(counts(withLines((lines) => [...lines].reverse()))).toEqual(counts(values));
  });
});

describe('order-level values and their errors', () => {
  const shippedCol = HEADERS.indexOf('Shipped Time');
  const paidCol = HEADERS.indexOf('Paid Time');
  const orders: OrderSpec[] = [
    {
      id: '576000000000000001',
      paid: '2026-11-16 10:00',
      shipped: '2026-11-18 18:00',
      tracking: '9400111202555842761234',
      carrier: 'USPS',
      lines: 2,
    },
    { id: '576000000000000002', paid: '2026-11-17 10:00', shipped: '2026-11-20 18:00', tracking: '1Z999AA10123456784', carrier: 'UPS' },
    { id: '576000000000000003', paid: '2026-11-18 10:00', cancelBy: 'Seller', reason: 'Out of stock' },
  ];

  it('takes an order’s value from its first line that has one, even when its lines are apart', () => {
    const rows = orderExport(orders);
    // Order 1's first line (row 3) lacks its Shipped Time; its second line comes after order 2.
    rows[2][shippedCol] = '';
    const apart = [rows[0], rows[1], rows[2], rows[4], rows[3], rows[5]];
    const report = healthReport(apart, { asOf: '2026-11-22', windowDays: 7 }, settings);
    expect(rowOf(report, 'LDR')).toMatchObject({ numerator: 1, denominator: 2 }); // order 2 shipped late, order 1 on time
    expect(rowOf(report, 'VTR')).toMatchObject({ numerator: 2, denominator: 2 });
  });

  it('names an unreadable Shipped Time on the rows that need it, and still shows the others', () => {
    const rows = orderExport(orders);
    rows[4][shippedCol] = '11/31/2026 10:00:00 AM';
    const report = healthReport(rows, { asOf: '2026-11-22', windowDays: 7 }, settings);
    for (const metric of ['LDR', 'VTR']) {
      expect(rowOf(report, metric)).toMatchObject({ status: 'NOT ENOUGH DATA', value: null });
      expect(rowOf(report, metric).note).toContain("row 5, column J 'Shipped Time': expected a date");
    }
    expect(rowOf(report, 'SFCR')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(rowOf(report, 'Cancel rate')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('names the unreadable time of the first order, not the first row read', () => {
    const rows = orderExport(orders);
    rows[2][shippedCol] = '';
    rows[3][shippedCol] = 'soon';
    rows[4][shippedCol] = 'later';
    // Order 1 (first line blank) is met first; its unreadable time is on row 5, after order 2's on row 4.
    const apart = [rows[0], rows[1], rows[2], rows[4], rows[3], rows[5]];
    expect(() => healthReport(apart, { asOf: '2026-11-22', windowDays: 7, metrics: ['VTR'] }, settings)).toThrow("row 5, column J 'Shipped Time'");
  });

  it('names an unreadable Paid Time on an order’s later line on the catalog rates, which read every line', () => {
    const rows = orderExport(orders);
    rows[3][paidCol] = '2026-13-01';
    const report = healthReport(rows, { asOf: '2026-11-22', windowDays: 7 }, settings);
    for (const metric of ['Cancel rate', 'Refund rate']) expect(rowOf(report, metric).note).toContain("row 4, column I 'Paid Time'");
    expect(rowOf(report, 'SFCR')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(formatDay(report.asOf)).toBe('2026-11-22');
  });
});
