import { dayOfWallClock, formatDay, MS_PER_DAY } from '../values/calendarDay';
import { formatWallClock } from '../values/formatWallClock';

/** Text as a message quotes it (the one excerpt rule of every message). */
export { excerpt as shown } from '../values/errors';

export function wallClockText(wall: number): string {
  const minutes = Math.round((wall - dayOfWallClock(wall) * MS_PER_DAY) / 60_000);
  if (minutes === 0 || minutes === 24 * 60) return formatDay(dayOfWallClock(wall));
  return formatWallClock(Math.round(wall / 60_000) * 60_000);
}
