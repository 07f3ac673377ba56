import { MS_PER_DAY } from './calendarDay';

const MS_PER_HOUR = 3_600_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * The wall-clock time (as milliseconds on a UTC-based axis) that an instant shows in a time zone.
 * Offsets are cached per hour, so a column of timestamps costs one Intl lookup per distinct hour.
 */
export function wallClockOf(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  if (isNaN(ms)) return NaN;
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsetCache.set(timeZone, zoneCache);
  }
  const hour = Math.floor(ms / MS_PER_HOUR);
  let offset = zoneCache.get(hour);
  if (offset === undefined) {
    offset = zoneOffsetAt(hour * MS_PER_HOUR, timeZone);
    zoneCache.set(hour, offset);
  }
  return ms + offset;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneOffsetAt(ms: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms))) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return wall - ms;
}

/** Whether a time zone name is known to the runtime (`America/Los_Angeles`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The day the instant falls on, in the zone. */
export function zonedDay(instant: Date, timeZone: string): number {
  return Math.floor(wallClockOf(instant, timeZone) / MS_PER_DAY);
}
