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
