import { dayFromParts } from '../values/calendarDay';
import { PUBLIC_HOLIDAYS, PUBLIC_HOLIDAY_YEARS } from './publicHolidays';

/**
 * Each holiday is one character: the days since the one before (the first: since 31 December), 1–60 as DIGITS[1–60];
 * 'Z' moves 60 days on without a holiday, for longer gaps. About 1.2 characters a holiday instead of 11 for YYYY-MM-DD.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXY';
const SKIP = 'Z';
const SKIP_DAYS = 60;

/** A year's holidays (sorted days since 1970-01-01, all in `year`) as the generated table writes them. */
export function encodeHolidayYear(days: readonly number[], year: number): string {
  let previous = dayFromParts(year, 1, 1) - 1;
  let code = '';
  for (const day of days) {
    let gap = day - previous;
    for (; gap > SKIP_DAYS; gap -= SKIP_DAYS) code += SKIP;
    code += DIGITS[gap];
    previous = day;
  }
  return code;
}

export function decodeHolidayYear(code: string, year: number): number[] {
  let day = dayFromParts(year, 1, 1) - 1;
  const days: number[] = [];
  for (const symbol of code) {
    if (symbol === SKIP) day += SKIP_DAYS;
    else days.push((day += DIGITS.indexOf(symbol)));
  }
  return days;
}

/** A table market's public holidays of `year`, decoded when asked (never at load: the bundle is evaluated on every call); [] for a year the table lacks. */
export function tableHolidays(market: string, year: number): number[] {
  return decodeHolidayYear(PUBLIC_HOLIDAYS[market]?.split(' ')[year - PUBLIC_HOLIDAY_YEARS.from] ?? '', year);
}
