import { dayArgument } from '../../../src/core/metrics/dayArgument';
import { withSettings } from '../../../src/core/settings/settings';
import { dayCellReader } from '../../../src/core/table/readDayColumn';
import { readTable } from '../../../src/core/table/readTable';
import { ORDER_EXPORT_SPEC } from '../../../src/core/table/orderExportSpec';
import { formatDay } from '../../../src/core/values/calendarDay';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import { withMarket } from '../../../src/core/workbook/settingsTab';
import type { MarketCode } from '../../../src/core/markets/marketCodes';

const NOW_YEAR_WINDOW = { latestYearsAhead: 1, earliestDate: '2016-01-01' };
const inMarket = (code: MarketCode) => withMarket({ settings: withSettings(NOW_YEAR_WINDOW), client: DEFAULT_CLIENT }, code).settings;
const TH = inMarket('TH');
const day = (value: unknown, settings = TH): string => formatDay(dayArgument(value, "'start'", settings)!);

describe('a Thai Buddhist-era year typed by a person', () => {
  it('reads 3/11/2569 as 3 November 2026 in Thailand, a date cell of 2569 too, and a BE leap day', () => {
    expect(day('3/11/2569')).toBe('2026-11-03');
    expect(day('03/11/2569 ')).toBe('2026-11-03');
    expect(day('2569-11-03')).toBe('2026-11-03');
    expect(day(new Date(Date.UTC(2569, 10, 3)))).toBe('2026-11-03');
    // 2567 BE is 2024 CE, a leap year, though 2567 is not one.
    expect(day('29/02/2567')).toBe('2024-02-29');
    // A common-era year is read as typed.
    expect(day('3/11/2026')).toBe('2026-11-03');
  });

  it('stays refused elsewhere: another market, and a Thai export (Seller Center writes common-era years)', () => {
    expect(() => dayArgument('3/11/2569', "'start'", inMarket('ID'))).toThrow(/^'start' \(2569-11-03\) is outside the plausible dates/);
    const exported = readTable(
      [
        ['Order ID', 'SKU ID', 'Paid Time'],
        ['583870900000000001', '1729480048230000037', '03/11/2569 10:22:04'],
      ],
      ORDER_EXPORT_SPEC,
      'Orders',
    );
    const paid = exported.index('paidTime');
    expect(() => dayCellReader(exported, paid, TH)(exported.rows[0])).toThrow(/a date in 2569 is outside the plausible dates/);
    // The same column typed by a person (a plan tab) is read in the Buddhist era.
    expect(formatDay(dayCellReader(exported, paid, TH, { typed: true })(exported.rows[0])!)).toBe('2026-11-03');
  });
});
