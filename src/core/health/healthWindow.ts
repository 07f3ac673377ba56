import { excerpt, InputError } from '../values/errors';
import type { DayRange } from '../metrics/dayRange';
import { dayOfWallClock } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { parseNumber } from '../values/parseNumber';
import type { HealthOrders } from './healthOrders';

const MAX_WINDOW_DAYS = 366;

/** The `windowDays` argument: blank → the setting; else a whole number of days. */
export function windowDaysArgument(value: unknown, fallback: number): number {
  const cell = Array.isArray(value) ? value.flat()[0] : value;
  const days = parseNumber(typeof cell === 'string' ? cleanText(cell) : cell);
  if (days === undefined) return fallback;
  if (!Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
    throw new InputError(
      `'windowDays' must be a whole number of days from 1 to ${MAX_WINDOW_DAYS} (default ${fallback}); got '${excerpt(cleanText(cell))}'.`,
    );
  }
  return days;
}

/** The columns lastActivityDay reads. */
export const ACTIVITY_COLUMNS = ['paidTime', 'shippedTime'] as const;

/** The last day any order was paid or shipped: the default end of the window. */
export function lastActivityDay(orders: HealthOrders): number {
  const { table } = orders;
  const keys = ACTIVITY_COLUMNS.filter((key) => table.has(key));
  if (!keys.length) table.require('paidTime', "dating the health window (or give 'asOf')");
  let last = -Infinity;
  for (const key of keys) {
    const times = orders.times(key, 'dating the health window');
    for (let o = 0; o < times.length; o++) if (times[o] > last) last = times[o];
  }
  if (last === -Infinity)
    throw new InputError("The order export has no Paid Time or Shipped Time dates, so there is no last date to end the window on; give 'asOf'.");
  return dayOfWallClock(last);
}

/** `windowDays` days ending on `asOf`, inclusive. */
export function healthWindow(asOf: number, windowDays: number): DayRange {
  return { from: asOf - windowDays + 1, to: asOf };
}
