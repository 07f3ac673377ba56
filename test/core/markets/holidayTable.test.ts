import { decodeHolidayYear, encodeHolidayYear, tableHolidays } from '../../../src/core/markets/holidayTable';
import { dayFromParts, formatDay } from '../../../src/core/values/calendarDay';
import { HOLIDAY_YEARS, publicHolidayDays, TABLE_HOLIDAY_MARKETS } from '../../../scripts/marketHolidays';

describe('the compact public holiday table', () => {
  it.each(TABLE_HOLIDAY_MARKETS.map((market) => [market]))('%s: decodes to the days date-holidays lists, year by year', (market) => {
    const listed = publicHolidayDays(market, HOLIDAY_YEARS);
    for (const year of HOLIDAY_YEARS) {
      const decoded = tableHolidays(market, year).map(formatDay);
      expect(decoded.length).toBeGreaterThan(5);
      expect(decoded).toEqual(listed.filter((day) => day.startsWith(`${year}-`)));
    }
  });

  it('knows no holiday in a year it was not generated for', () => {
    expect(tableHolidays('ID', HOLIDAY_YEARS[0] - 1)).toEqual([]);
    expect(tableHolidays('ID', HOLIDAY_YEARS[HOLIDAY_YEARS.length - 1] + 1)).toEqual([]);
  });

  it('writes each holiday as the days since the one before, skipping 60 days at a time across long gaps, and reads them back', () => {
    const days = [dayFromParts(2028, 1, 1), dayFromParts(2028, 2, 29), dayFromParts(2028, 12, 31)];
    const code = encodeHolidayYear(days, 2028);
    expect(code).toBe('1XZZZZZ6'); // +1, +59, then 306 = 5 × 60 + 6 (a leap year's 366th day)
    expect(decodeHolidayYear(code, 2028)).toEqual(days);
    expect(encodeHolidayYear([dayFromParts(2027, 3, 1)], 2027)).toBe('Y'); // a gap of exactly 60 days from 31 December
    expect(decodeHolidayYear('Y', 2027)).toEqual([dayFromParts(2027, 3, 1)]);
    expect(decodeHolidayYear(encodeHolidayYear([dayFromParts(2027, 3, 2)], 2027), 2027)).toEqual([dayFromParts(2027, 3, 2)]); // 61: one more
  });
});
