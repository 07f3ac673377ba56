import { formatWallClock } from '../values/formatWallClock';
import { wallClockOf } from '../values/wallClock';

/** `2026-11-23 09:15 America/Los_Angeles`: an instant as the shop's wall clock, naming the zone. */
export function formatInstant(instant: Date, timeZone: string): string {
  return isNaN(instant.getTime()) ? 'an unreadable time' : `${formatWallClock(wallClockOf(instant, timeZone))} ${timeZone}`;
}
