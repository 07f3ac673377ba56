/**
 * Calendar days as integers (days since 1970-01-01 on the shop's wall clock), so grouping and
 * period arithmetic never touch a time zone.
 */
export const MS_PER_DAY = 86_400_000;

export function dayOfWallClock(wallMs: number): number {
  return Math.floor(wallMs / MS_PER_DAY);
}

export function dayFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function partsOfDay(day: number): { year: number; month: number; day: number; weekday: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** `YYYY-MM-DD` */
export function formatDay(day: number): string {
  const p = partsOfDay(day);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `YYYY-MM` of the month that contains the day. */
export function formatMonth(day: number): string {
  const p = partsOfDay(day);
  return `${p.year}-${pad2(p.month)}`;
}

/** The first day of the week containing `day`; weekStart 0 = Sunday, 1 = Monday. */
export function startOfWeek(day: number, weekStart: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return day - ((weekday - weekStart + 7) % 7);
}

export function startOfMonth(day: number): number {
  const p = partsOfDay(day);
  return dayFromParts(p.year, p.month, 1);
}

export function startOfQuarter(day: number): number {
  const p = partsOfDay(day);
  return dayFromParts(p.year, p.month - ((p.month - 1) % 3), 1);
}

/** The same day-of-month `months` later, clamped to that month's last day. */
export function addMonths(day: number, months: number): number {
  const p = partsOfDay(day);
  const firstOfTarget = dayFromParts(p.year, p.month + months, 1);
  const target = partsOfDay(firstOfTarget);
  const lastDay = dayFromParts(target.year, target.month + 1, 1) - 1;
  return Math.min(firstOfTarget + p.day - 1, lastDay);
}
