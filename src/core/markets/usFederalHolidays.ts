import { dayFromParts } from '../values/calendarDay';

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The n-th given weekday of a month (n = -1: the last one). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n < 0) {
    const last = dayFromParts(year, month + 1, 0);
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayFromParts(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

/** A fixed-date holiday on a Saturday is observed the Friday before, on a Sunday the Monday after (5 U.S.C. 6103(b)). */
function observed(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day - 1 : weekday === 0 ? day + 1 : day;
}

const MONDAY = 1;
const THURSDAY = 4;
const JUNETEENTH_FIRST_YEAR = 2021;

/**
 * The days US federal holidays of `year` are observed on (5 U.S.C. 6103). New Year's Day on a
 * Saturday is observed on 31 December of the year before, so one result may fall in `year - 1`.
 */
export function usFederalHolidays(year: number): number[] {
  const fixed = (month: number, date: number): number => observed(dayFromParts(year, month, date));
  const days = [
    fixed(1, 1), // New Year's Day
    nthWeekday(year, 1, MONDAY, 3), // Martin Luther King Jr.'s Birthday
    nthWeekday(year, 2, MONDAY, 3), // Washington's Birthday
    nthWeekday(year, 5, MONDAY, -1), // Memorial Day
    fixed(7, 4), // Independence Day
    nthWeekday(year, 9, MONDAY, 1), // Labor Day
    nthWeekday(year, 10, MONDAY, 2), // Columbus Day
    fixed(11, 11), // Veterans Day
    nthWeekday(year, 11, THURSDAY, 4), // Thanksgiving Day
    fixed(12, 25), // Christmas Day
  ];
  if (year >= JUNETEENTH_FIRST_YEAR) days.push(fixed(6, 19)); // Juneteenth National Independence Day
  return days.sort((a, b) => a - b);
}
