import { isMarketCode, type MarketCode } from '../markets/marketCodes';
import { PUBLIC_HOLIDAYS, PUBLIC_HOLIDAY_YEARS, PUBLIC_HOLIDAYS_SOURCE } from '../markets/publicHolidays';
import { dayFromParts } from '../values/calendarDay';
import { ukBankHolidays } from './ukBankHolidays';
import { usFederalHolidays } from './usFederalHolidays';

/** Whose public holidays the dispatch SLA skips: a market's, or none. */
export type HolidayCalendarCode = MarketCode | 'none';

export function isHolidayCalendarCode(text: string): text is HolidayCalendarCode {
  return text === 'none' || isMarketCode(text);
}

const tableDays = new Map<string, number[]>();

function fromTable(market: string, year: number): number[] {
  let days = tableDays.get(market);
  if (!days) {
    days = (PUBLIC_HOLIDAYS[market] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((text) => dayFromParts(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10)));
    tableDays.set(market, days);
  }
  const first = dayFromParts(year, 1, 1);
  const last = dayFromParts(year, 12, 31);
  return days.filter((day) => day >= first && day <= last);
}

/** The public holidays of `year` the SLA skips; may include a day of the next or previous year observed in this one. */
export function publicHolidays(calendar: HolidayCalendarCode, year: number): number[] {
  if (calendar === 'none') return [];
  if (calendar === 'US') return usFederalHolidays(year);
  if (calendar === 'UK') return ukBankHolidays(year);
  return fromTable(calendar, year);
}

/** Whether the calendar knows `year` (rules know every year; the table knows the years it was generated for). */
export function knowsYear(calendar: HolidayCalendarCode, year: number): boolean {
  return calendar === 'none' || calendar === 'US' || calendar === 'UK' || (year >= PUBLIC_HOLIDAY_YEARS.from && year <= PUBLIC_HOLIDAY_YEARS.to);
}

/** "ID public holidays (date-holidays 3.37.0 …, 2026–2028)", for the health note. */
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
