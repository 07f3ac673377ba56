import { dayFromParts } from '../values/calendarDay';
import { PUBLIC_HOLIDAYS, PUBLIC_HOLIDAY_YEARS } from './publicHolidays';

/** Each holiday is its day of the year (1 = 1 January, 366 = "a6") in two base-36 digits: 2 bytes of the bundle instead of 11. */
const DIGITS = 2;
const BASE = 36;

/** A year's holidays (days since 1970-01-01, all in `year`) as the generated table writes them. */
export function encodeHolidayYear(days: readonly number[], year: number): string {
  const beforeFirst = dayFromParts(year, 1, 1) - 1;
  return days.map((day) => (day - beforeFirst).toString(BASE).padStart(DIGITS, '0')).join('');
}

export function decodeHolidayYear(code: string, year: number): number[] {
  const beforeFirst = dayFromParts(year, 1, 1) - 1;
  const days: number[] = [];
  for (let at = 0; at < code.length; at += DIGITS) days.push(beforeFirst + parseInt(code.slice(at, at + DIGITS), BASE));
  return days;
}

/** A table market's public holidays of `year`, decoded when asked (never at load: the bundle is evaluated on every call); [] for a year the table lacks. */
export function tableHolidays(market: string, year: number): number[] {
  return decodeHolidayYear(PUBLIC_HOLIDAYS[market]?.split(' ')[year - PUBLIC_HOLIDAY_YEARS.from] ?? '', year);
}
