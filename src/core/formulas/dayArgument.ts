import { excerpt, InputError } from '../errors';
import type { Settings } from '../settings';
import { dayOfWallClock } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { dateReadings, parseDateTime } from '../values/parseDateTime';
import { ambiguousDateMessage } from '../table/readDayColumn';
import { ALL_DAYS, type DayRange } from '../metrics/dayRange';

/** A date argument (date cell, serial number or `YYYY-MM-DD` text) as a day; blank → undefined. */
export function dayArgument(value: unknown, name: string, settings: Settings): number | undefined {
  const cell = Array.isArray(value) ? value.flat()[0] : value;
  const wall = parseDateTime(typeof cell === 'string' ? cleanText(cell) : cell, settings.dateOrder, settings.timeZone);
  if (wall === undefined) return undefined;
  const readings = isNaN(wall) && settings.dateOrder === undefined ? dateReadings(cleanText(cell)) : undefined;
  if (readings) throw new InputError(ambiguousDateMessage(`'${name}'`, cleanText(cell), readings, 'the argument'));
  if (isNaN(wall)) throw new InputError(`'${name}' must be a date (a date cell or text such as 2026-11-22); got '${excerpt(cleanText(cell))}'.`);
  return dayOfWallClock(wall);
}

/** The inclusive range of optional `start` and `end` arguments. */
export function dayRangeArguments(start: unknown, end: unknown, settings: Settings): DayRange {
  const from = dayArgument(start, 'start', settings);
  const to = dayArgument(end, 'end', settings);
  if (from !== undefined && to !== undefined && to < from)
    throw new InputError(`'end' (${excerpt(cleanText(end))}) is before 'start' (${excerpt(cleanText(start))}).`);
  if (from === undefined && to === undefined) return ALL_DAYS;
  return { from: from ?? -Infinity, to: to ?? Infinity };
}
