import { dayFromParts } from '../values/calendarDay';
import { nthWeekday, weekdayOf } from './usFederalHolidays';

const MONDAY = 1;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

const isWeekend = (day: number): boolean => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/** Fixed-date holidays that fall on a weekend move to the next weekday no other of them takes (27/28 December). */
function withSubstitutes(days: readonly number[]): number[] {
  const taken = new Set(days.filter((day) => !isWeekend(day)));
  for (const day of days) {
    if (!isWeekend(day)) continue;
    let substitute = day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute++;
    taken.add(substitute);
  }
  return [...taken];
}

/**
 * England and Wales bank holidays of `year` by rule (Banking and Financial Dealings Act 1971,
 * schedule 1, with substitute days as gov.uk/bank-holidays lists them). One-off changes by royal
 * proclamation (a moved May holiday, a coronation) are not rules: add them as extra holidays.
 */
export function ukBankHolidays(year: number): number[] {
  const easter = easterSunday(year);
  return [
    ...withSubstitutes([dayFromParts(year, 1, 1)]),
    easter - 2, // Good Friday
    easter + 1, // Easter Monday
    nthWeekday(year, 5, MONDAY, 1), // Early May bank holiday
    nthWeekday(year, 5, MONDAY, -1), // Spring bank holiday
    nthWeekday(year, 8, MONDAY, -1), // Summer bank holiday
    ...withSubstitutes([dayFromParts(year, 12, 25), dayFromParts(year, 12, 26)]),
  ].sort((a, b) => a - b);
}
