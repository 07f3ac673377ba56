import { dayCellReader } from '../../../src/core/table/readDayColumn';
import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { readTable } from '../../../src/core/table/readTable';
import { withSettings } from '../../../src/core/settings/settings';
import { formatDay } from '../../../src/core/values/calendarDay';

describe('date columns of one export share a day/month order', () => {
  const values = [
    ['Order ID', 'Paid Time', 'Shipped Time'],
    ['1', '13/06/2026 09:00:00', ''],
    ['2', '11/06/2026 09:00:00', '12/06/2026 10:00:00'],
  ];
  const table = readTable(values, ORDER_EXPORT_SPEC);
  const shipped = dayCellReader(table, table.index('shippedTime'), withSettings({ dateOrder: 'MDY' }));

  it("reads Shipped Time day-first when Paid Time's 13/06 settles it, though 12/06 alone fits both", () => {
    expect(formatDay(shipped(2)!)).toBe('2026-06-12');
  });

  it('falls back to the setting only when no date column settles it', () => {
    const ambiguous = readTable([values[0], ['1', '11/06/2026', '12/06/2026']], ORDER_EXPORT_SPEC);
    const read = dayCellReader(ambiguous, ambiguous.index('shippedTime'), withSettings({ dateOrder: 'MDY' }));
    expect(formatDay(read(1)!)).toBe('2026-12-06');
  });
});

describe('a date column no value settles', () => {
  // dates without a time of day: no clock to tell the order either
  const oneDay = [
    ['Order ID', 'Paid Time', 'Shipped Time'],
    ['1', '03/11/2026', ''],
    ['2', '03/11/2026', '04/11/2026'],
  ];

  it('is refused without a dateOrder, naming the cell, both readings and the Settings rows', () => {
    const table = readTable(oneDay, ORDER_EXPORT_SPEC, 'Orders');
    const read = dayCellReader(table, table.index('paidTime'), withSettings());
    expect(() => read(1)).toThrow(
      "Orders: row 2, column B 'Paid Time': a date that reads as 2026-11-03 (day first) or 2026-03-11 (month first), " +
        "and no date in the table settles which. Set the shop's market on the Settings tab (row client.market, e.g. ID or US), or the row dateOrder (DMY or MDY).",
    );
  });

  it('reads with the dateOrder when one is set', () => {
    const table = readTable(oneDay, ORDER_EXPORT_SPEC, 'Orders');
    expect(formatDay(dayCellReader(table, table.index('paidTime'), withSettings({ dateOrder: 'DMY' }))(2)!)).toBe('2026-11-03');
    expect(formatDay(dayCellReader(table, table.index('shippedTime'), withSettings({ dateOrder: 'MDY' }))(2)!)).toBe('2026-04-11');
  });

  it('needs no setting when day and month are equal or the text is ISO', () => {
    const table = readTable([oneDay[0], ['1', '07/07/2026 09:00:00', '2026-07-08 10:00']], ORDER_EXPORT_SPEC);
    expect(formatDay(dayCellReader(table, table.index('paidTime'), withSettings())(1)!)).toBe('2026-07-07');
    expect(formatDay(dayCellReader(table, table.index('shippedTime'), withSettings())(1)!)).toBe('2026-07-08');
  });
});

describe("the clock of Seller Center's timestamps settles the order of a short export", () => {
  const header = ['Order ID', 'Paid Time', 'Shipped Time'];
  // One week of a Mexican shop (every day ≤ 12), as its export writes it: 12-hour clock, month first, hour unpadded.
  const mexicanWeek = [header, ['1', '11/03/2026 9:15:04 AM\t', ''], ['2', '11/09/2026 10:40:00 PM\t', '11/10/2026 8:02:11 AM\t']];

  it('reads a 12-hour AM/PM export month-first, even where the setting says day-first (the locale of es-MX, pt-BR, de-DE)', () => {
    const table = readTable(mexicanWeek, ORDER_EXPORT_SPEC, 'Orders');
    const read = dayCellReader(table, table.index('paidTime'), withSettings({ dateOrder: 'DMY' }));
    expect([formatDay(read(1)!), formatDay(read(2)!)]).toEqual(['2026-11-03', '2026-11-09']);
  });

  it('reads a 24-hour export day-first when nothing else settles it, and follows the setting when one is set', () => {
    const table = readTable([header, ['1', '03/11/2026 19:40:00', '']], ORDER_EXPORT_SPEC, 'Orders');
    expect(formatDay(dayCellReader(table, table.index('paidTime'), withSettings())(1)!)).toBe('2026-11-03');
    expect(formatDay(dayCellReader(table, table.index('paidTime'), withSettings({ dateOrder: 'MDY' }))(1)!)).toBe('2026-03-11');
  });

  it('lets a day over 12 outrank the clock', () => {
    const table = readTable([header, ['1', '03/11/2026 9:15:04 AM', ''], ['2', '13/11/2026 9:15:04 AM', '']], ORDER_EXPORT_SPEC, 'Orders');
    expect(formatDay(dayCellReader(table, table.index('paidTime'), withSettings())(1)!)).toBe('2026-11-03');
  });
});
