import { ttsAov, ttsCancelRate, ttsCtr, ttsCvr, ttsGmv, ttsOrders, ttsRefundRate, ttsUnits } from '../../../src/core/formulas/kpiFormulas';
import { withSettings } from '../../../src/core/settings/settings';
import { ORDER_HEADERS, smallAnalyticsTable, smallOrderExport } from '../../fixtures/smallOrderExport';

const settings = withSettings();

describe('KPI formulas on an order export', () => {
  const orders = smallOrderExport();

  it('GMV sums SKU Subtotal After Discount of paid lines, cancelled and refunded included, unpaid left out', () => {
    expect(ttsGmv(orders, '', '', '', settings)).toBe(1100);
  });

  it('net GMV leaves out cancelled orders and subtracts each refund once, not once per line', () => {
    expect(ttsGmv(orders, '', '', 'net', settings)).toBe(1085);
  });

  it('counts distinct paid orders, units, AOV as GMV ÷ orders', () => {
    expect(ttsOrders(orders, '', '', settings)).toBe(4);
    expect(ttsUnits(orders, '', '', settings)).toBe(9);
    expect(ttsAov(orders, '', '', settings)).toBe(275);
  });

  it('rates count orders, not lines', () => {
    expect(ttsRefundRate(orders, '', '', settings)).toBe(0.25);
    expect(ttsCancelRate(orders, '', '', settings)).toBe(0.25);
  });

  it('filters by paid day, inclusive, from date text or a date cell', () => {
    expect(ttsOrders(orders, '2026-11-16', '2026-11-17', settings)).toBe(2);
    expect(ttsOrders(orders, new Date(2026, 10, 22, 12), '', settings)).toBe(1);
    expect(ttsGmv(orders, '', '2026-11-15', '', settings)).toBe(50);
  });

  it('gives a blank, not a wrong number, for AOV of no orders', () => {
    expect(ttsAov(orders, '2025-01-01', '2025-01-31', settings)).toBe('');
  });

  it('refuses a bad basis, an end before the start, and rates an order export cannot give', () => {
    expect(() => ttsGmv(orders, '', '', 'after tax', settings)).toThrow(`'basis' must be "gross" (the default) or "net"; got 'after tax'.`);
    expect(() => ttsOrders(orders, '2026-11-20', '2026-11-10', settings)).toThrow("'end' (2026-11-10) is before 'start' (2026-11-20).");
    expect(() => ttsCtr(orders, '', '', settings)).toThrow('CTR needs a product analytics table; the range given is an order export.');
    expect(() => ttsOrders(orders, 'yesterday', '', settings)).toThrow("'start' must be a date");
  });

  it('names the column and the aliases tried when a needed column is missing', () => {
    const noPaidTime = orders.map((row) => row.filter((_, c) => c !== ORDER_HEADERS.indexOf('Paid Time')));
    expect(() => ttsGmv(noPaidTime, '', '', '', settings)).toThrow("the order export has no column 'Paid Time'");
  });

  it('names the row and value of an amount it cannot read', () => {
    const bad = smallOrderExport();
    bad[3][6] = 'ten dollars';
    expect(() => ttsGmv(bad, '', '', '', settings)).toThrow(
      "row 4, column G 'SKU Subtotal After Discount': expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found text of 11 characters (letters and spaces).",
    );
  });

  it('reads day-first exports when the data settles it', () => {
    const dayFirst = [
      ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
      ['1', 10, '05/10/2026 09:00:00'],
      ['2', 20, '25/10/2026 10:00:00'],
    ];
    expect(ttsGmv(dayFirst, '2026-10-05', '2026-10-05', '', settings)).toBe(10);
    expect(ttsGmv(dayFirst, '2026-10-25', '2026-10-25', '', settings)).toBe(20);
  });

  it('refuses a date the data cannot settle without a dateOrder, naming both readings; uses the setting when there is one', () => {
    const ambiguous = [
      ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
      ['1', 10, '05/10/2026'], // no clock either
      ['2', 5, '06/06/2026'], // reads the same both ways
    ];
    expect(() => ttsGmv(ambiguous, '2026-10-05', '2026-10-05', '', settings)).toThrow(
      "row 2, column C 'Paid Time': a date that reads as 2026-10-05 (day first) or 2026-05-10 (month first), and no date in the table settles which. " +
        "Set the shop's market on the Settings tab (row client.market, e.g. ID or US), or the row dateOrder (DMY or MDY).",
    );
    expect(ttsGmv(ambiguous, '2026-05-10', '2026-05-10', '', withSettings({ dateOrder: 'MDY' }))).toBe(10);
    expect(ttsGmv(ambiguous, '2026-10-05', '2026-10-05', '', withSettings({ dateOrder: 'DMY' }))).toBe(10);
  });

  it('refuses an ambiguous start argument without a dateOrder', () => {
    const table = [
      ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
      ['1', 10, '2026-10-05 09:00:00'],
    ];
    expect(() => ttsGmv(table, '05/10/2026', '', '', settings)).toThrow(
      "'start': a date that reads as 2026-10-05 (day first) or 2026-05-10 (month first)",
    );
    expect(ttsGmv(table, '05/10/2026', '', '', withSettings({ dateOrder: 'DMY' }))).toBe(10);
  });

  it('puts Date cells on the day of the shop time zone', () => {
    const table = [
      ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
      ['1', 10, new Date('2026-11-17T07:30:00Z')],
    ];
    expect(ttsGmv(table, '2026-11-16', '2026-11-16', '', withSettings({ timeZone: 'America/Los_Angeles' }))).toBe(10);
    expect(ttsGmv(table, '2026-11-16', '2026-11-16', '', withSettings({ timeZone: 'Europe/London' }))).toBe(0);
  });
});

describe('KPI formulas on a product analytics table', () => {
  const analytics = smallAnalyticsTable();

  it('CTR and CVR are ratios of sums, not averages of daily or product rates', () => {
    expect(ttsCtr(analytics, '', '', settings)).toBeCloseTo(100 / 1110, 12);
    expect(ttsCvr(analytics, '', '', settings)).toBeCloseTo(12 / 1000, 12);
  });

  it('sums GMV, Orders and Items sold', () => {
    expect(ttsGmv(analytics, '', '', '', settings)).toBe(1150);
    expect(ttsOrders(analytics, '', '', settings)).toBe(12);
    expect(ttsUnits(analytics, '2026-11-17', '', settings)).toBe(1);
  });

  it('falls back to Unique clicks for CVR on product-level exports without Visitors', () => {
    const productLevel = [
      ['Product name', 'Customers', 'Unique clicks'],
      ['Mug', 3, 30],
      ['Tee', 1, 70],
    ];
    expect(ttsCvr(productLevel, '', '', settings)).toBe(0.04);
  });

  it('needs a Date column to filter by date', () => {
    expect(() =>
      ttsGmv(
        [
          ['Product name', 'GMV'],
          ['Mug', 1],
        ],
        '2026-11-01',
        '',
        '',
        settings,
      ),
    ).toThrow(
      "the product analytics table has no column 'Date' (also tried: 'Day', its name in the other Seller Center languages), needed for a start or end date.",
    );
  });

  it('refuses order-only metrics', () => {
    expect(() => ttsRefundRate(analytics, '', '', settings)).toThrow(
      'Refund rate needs an order export; the range given is a product analytics table.',
    );
  });
});

describe('Order IDs a spreadsheet rounded into scientific notation', () => {
  it('are refused with the cell named, since distinct orders would merge', () => {
    const table = [
      ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
      ['5.76E+17', 10, '2026-11-16'],
      ['5.76E+17', 20, '2026-11-16'],
    ];
    expect(() => ttsOrders(table, '', '', settings)).toThrow(
      "row 2, column A 'Order ID': an ID a spreadsheet turned into a rounded number (such as 5.8387E+17)",
    );
    const asNumbers = [table[0], [576000000000000001, 10, '2026-11-16']];
    expect(() => ttsOrders(asNumbers, '', '', settings)).toThrow('turned into a rounded number');
  });

  it('still reads whole-number IDs a spreadsheet kept exact', () => {
    const table = [
      ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
      [1234567, 10, '2026-11-16'],
      ['1234567\t', 20, '2026-11-16'],
      ['7654321', 5, '2026-11-16'],
    ];
    expect(ttsOrders(table, '', '', settings)).toBe(2);
  });
});

describe('a range that is neither an order export nor an analytics table', () => {
  it('says which headers it looked for', () => {
    expect(() =>
      ttsGmv(
        [
          ['Name', 'Phone'],
          ['a', 'b'],
        ],
        '',
        '',
        '',
        settings,
      ),
    ).toThrow(
      "expected a Seller Center order export (a header row with 'Order ID') or a product analytics table (a header row with one of 'GMV', 'Orders'",
    );
  });
});

describe('dot-thousands amounts (VND, IDR)', () => {
  const table = (amounts: unknown[]): unknown[][] => [
    ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
    ...amounts.map((a, i) => [`${i + 1}`, a, '2026-11-16']),
  ];

  it('reads 150.000 as thousands when another cell of the column shows the style', () => {
    expect(ttsGmv(table(['150.000', '1.250.000']), '', '', '', settings)).toBe(1_400_000);
  });

  it('refuses 150.000 when nothing in the column tells thousands from decimals', () => {
    expect(() => ttsGmv(table(['150.000', 20]), '', '', '', settings)).toThrow(
      'found an amount that reads as thousands or as decimals, and no other amount in the table tells which: set the market, or the decimalMark row, on the Settings tab.',
    );
  });
});
