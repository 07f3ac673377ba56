import { dayOfWallClock, formatDay } from './calendarDay';

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** Wall-clock milliseconds as `YYYY-MM-DD HH:mm`. */
export function formatWallClock(wallMs: number): string {
  const date = new Date(wallMs);
  return `${formatDay(dayOfWallClock(wallMs))} ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
}
