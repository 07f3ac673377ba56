import { formatWallClock } from '../values/formatWallClock';
import { wallClockOf } from '../values/wallClock';

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/**
 * Unix seconds as the shop's wall clock, `YYYY-MM-DD HH:mm:ss`: text like the export's own times, in the
 * one form that reads the same whatever the Settings' day/month order.
 */
export function exportTime(seconds: number | undefined, timeZone: string): string {
  if (seconds === undefined) return '';
  const wall = wallClockOf(new Date(seconds * 1000), timeZone);
  return `${formatWallClock(wall)}:${pad2(new Date(wall).getUTCSeconds())}`;
}
