import { excerpt, InputError } from '../values/errors';
import type { Settings } from '../settings/settings';
import { dayOfWallClock, formatDay } from '../values/calendarDay';
import { plausibleWindow } from '../values/plausibleDates';
import { cleanText } from '../values/cleanText';
import { dateReadings } from '../values/parseDateTime';
import { parseTypedDate } from '../values/typedDate';
import { ambiguousDateMessage, typedDateOrder } from '../table/readDayColumn';
import { ALL_DAYS, type DayRange } from './dayRange';

/**
 * A date argument (date cell, serial number, `YYYY-MM-DD` text or text in the order people type in the
 * shop's market) as a day; blank → undefined. `name` is how the surface names it: `'asOf'`, `--from`.
 * The hint names no cell: the same words read right under a formula, in a prompt's alert and in a terminal.
 */
export function dayArgument(value: unknown, name: string, settings: Settings): number | undefined {
  const cell = Array.isArray(value) ? value.flat()[0] : value;
  const order = typedDateOrder(settings);
  const wall = parseTypedDate(cell, order, settings);
  if (wall === undefined) return undefined;
  const readings = isNaN(wall) && order === undefined ? dateReadings(cleanText(cell)) : undefined;
  if (readings) throw new InputError(ambiguousDateMessage(name, readings, 'the argument', true));
  if (isNaN(wall)) throw new InputError(`${name} must be a date such as 2026-11-22; got '${excerpt(cleanText(cell))}'.`);
  const window = plausibleWindow(settings);
  if (wall < window.from || wall >= window.to)
    throw new InputError(
      `${name} (${formatDay(dayOfWallClock(wall))}) is outside the plausible dates ${window.text} (a typo?); ` +
        'leave it blank for no limit, or widen the window with the Settings rows earliestDate and latestYearsAhead.',
    );
  return dayOfWallClock(wall);
}

/** The inclusive range of optional `start` and `end` arguments. */
export function dayRangeArguments(start: unknown, end: unknown, settings: Settings): DayRange {
  const from = dayArgument(start, "'start'", settings);
  const to = dayArgument(end, "'end'", settings);
  if (from !== undefined && to !== undefined && to < from)
    throw new InputError(`'end' (${excerpt(cleanText(end))}) is before 'start' (${excerpt(cleanText(start))}).`);
  if (from === undefined && to === undefined) return ALL_DAYS;
  return { from: from ?? -Infinity, to: to ?? Infinity };
}
