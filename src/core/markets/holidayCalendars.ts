import { isMarketCode, type MarketCode } from './marketCodes';
import { tableHolidays } from './holidayTable';
import { PUBLIC_HOLIDAY_YEARS, PUBLIC_HOLIDAYS_SOURCE } from './publicHolidays';
import { ukBankHolidays } from './ukBankHolidays';
import { usFederalHolidays } from './usFederalHolidays';

/** Whose public holidays the dispatch SLA skips: a market's, or none. */
export type HolidayCalendarCode = MarketCode | 'none';

export function isHolidayCalendarCode(text: string): text is HolidayCalendarCode {
  return text === 'none' || isMarketCode(text);
}

/** The public holidays of `year` the SLA skips; may include a day of the next or previous year observed in this one. */
export function publicHolidays(calendar: HolidayCalendarCode, year: number): number[] {
  if (calendar === 'none') return [];
  if (calendar === 'US') return usFederalHolidays(year);
  if (calendar === 'UK') return ukBankHolidays(year);
  return tableHolidays(calendar, year);
}

/** Whether the calendar knows `year` (rules know every year; the table knows the years it was generated for). */
export function knowsYear(calendar: HolidayCalendarCode, year: number): boolean {
  return calendar === 'none' || calendar === 'US' || calendar === 'UK' || (year >= PUBLIC_HOLIDAY_YEARS.from && year <= PUBLIC_HOLIDAY_YEARS.to);
}

/** "ID public holidays (date-holidays 3.37.0 …, 2025–2028)", for the health note. */
export function holidayCalendarName(calendar: HolidayCalendarCode): string {
  switch (calendar) {
    case 'none':
      return 'no public holidays';
    case 'US':
      return 'US federal holidays (by rule, 5 U.S.C. 6103)';
    case 'UK':
      return 'England and Wales bank holidays (by rule)';
    default:
      return `${calendar} public holidays (${PUBLIC_HOLIDAYS_SOURCE})`;
  }
}
