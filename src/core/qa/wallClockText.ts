import { dayOfWallClock, formatDay, MS_PER_DAY } from '../values/calendarDay';
import { formatWallClock } from '../values/formatWallClock';

/** A promotion time as a message shows it: the day alone at midnight, else `YYYY-MM-DD HH:mm`. */
export function wallClockText(wall: number): string {
  const minutes = Math.round((wall - dayOfWallClock(wall) * MS_PER_DAY) / 60_000);
  if (minutes === 0 || minutes === 24 * 60) return formatDay(dayOfWallClock(wall));
  return formatWallClock(Math.round(wall / 60_000) * 60_000);
}
