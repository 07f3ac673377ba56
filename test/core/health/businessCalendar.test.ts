import { BusinessCalendar } from '../../../src/core/health/businessCalendar';
import { usFederalHolidays } from '../../../src/core/markets/usFederalHolidays';
import { dayFromParts, formatDay } from '../../../src/core/values/calendarDay';

const day = (iso: string): number => dayFromParts(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

describe('US federal holidays', () => {
  it('lists the 2026 observed days, Independence Day (a Saturday) on Friday 3 July', () => {
    expect(usFederalHolidays(2026).map(formatDay)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('moves Saturday holidays to Friday and Sunday ones to Monday, New Year into the year before', () => {
    const days2027 = usFederalHolidays(2027).map(formatDay);
    expect(days2027).toEqual(expect.arrayContaining(['2027-06-18', '2027-07-05', '2027-12-24']));
    expect(usFederalHolidays(2028).map(formatDay)[0]).toBe('2027-12-31');
    expect(usFederalHolidays(2022).map(formatDay)[0]).toBe('2021-12-31');
  });

  it('has Juneteenth only from 2021', () => {
    expect(usFederalHolidays(2020).map(formatDay)).not.toContain('2020-06-19');
    expect(usFederalHolidays(2020)).toHaveLength(10);
    expect(usFederalHolidays(2021).map(formatDay)).toContain('2021-06-18'); // 19 June 2021 was a Saturday
  });
});

describe('business days', () => {
  const calendar = new BusinessCalendar();

  it('skips weekends and observed holidays, including New Year observed on 31 December', () => {
    expect(calendar.isBusinessDay(day('2026-11-20'))).toBe(true); // Friday
    expect(calendar.isBusinessDay(day('2026-11-21'))).toBe(false); // Saturday
    expect(calendar.isBusinessDay(day('2026-11-26'))).toBe(false); // Thanksgiving
    expect(calendar.isBusinessDay(day('2026-07-03'))).toBe(false); // Independence Day observed
    expect(calendar.isBusinessDay(day('2027-12-31'))).toBe(false); // New Year 2028 observed
    expect(calendar.isBusinessDay(day('2026-12-24'))).toBe(true);
  });

  it('counts the n-th business day after a day; with 0, the day itself or the next business day', () => {
    const add = (from: string, n: number): string => formatDay(calendar.addBusinessDays(day(from), n));
    expect(add('2026-11-20', 2)).toBe('2026-11-24'); // Friday → Tuesday
    expect(add('2026-11-21', 2)).toBe('2026-11-24'); // Saturday → Tuesday
    expect(add('2026-11-25', 2)).toBe('2026-11-30'); // Wednesday before Thanksgiving → Monday
    expect(add('2027-12-30', 2)).toBe('2028-01-04');
    expect(add('2026-11-20', 0)).toBe('2026-11-20');
    expect(add('2026-11-21', 0)).toBe('2026-11-23');
  });

  it('takes extra holidays from the settings and names a bad one', () => {
    const closed = new BusinessCalendar(['2026-12-24', '2026-12-31']);
    expect(closed.isBusinessDay(day('2026-12-24'))).toBe(false);
    expect(formatDay(closed.addBusinessDays(day('2026-12-23'), 2))).toBe('2026-12-29');
    expect(() => new BusinessCalendar(['2026-02-30'])).toThrow("Setting 'Extra holidays' (holidays): '2026-02-30' is not a date written YYYY-MM-DD");
    expect(() => new BusinessCalendar(['12/24/2026'])).toThrow("'12/24/2026' is not a date");
  });
});
