import { dayCellReader } from '../../../src/core/table/readDayColumn';
import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { readTable } from '../../../src/core/table/readTable';
import { withSettings } from '../../../src/core/settings';
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
  const oneDay = [
    ['Order ID', 'Paid Time', 'Shipped Time'],
    ['1', '03/11/2026 09:00:00', ''],
    ['2', '03/11/2026 17:30:00', '04/11/2026 10:00:00'],
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
