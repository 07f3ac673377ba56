import { dayOfWallClock, formatDay, MS_PER_DAY } from '../values/calendarDay';
import { formatWallClock } from '../values/formatWallClock';

/** Text as a message quotes it (the one excerpt rule of every message). */
export { excerpt as shown } from '../errors';

/** "7600" → "7,600" (no Intl: a NumberFormat per call costs more than the checks). */
const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 7600 → "7,600.00"; money keeps its cents. */
export function money(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
  return `${amount < 0 ? '-' : ''}${grouped(whole)}${cents === undefined ? '' : '.' + cents}`;
}

/** 0.125 → "12.5%" */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

export function wallClockText(wall: number): string {
  const minutes = Math.round((wall - dayOfWallClock(wall) * MS_PER_DAY) / 60_000);
  if (minutes === 0 || minutes === 24 * 60) return formatDay(dayOfWallClock(wall));
  return formatWallClock(Math.round(wall / 60_000) * 60_000);
}
