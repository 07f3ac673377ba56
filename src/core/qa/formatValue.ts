import { dayOfWallClock, formatDay, MS_PER_DAY } from '../values/calendarDay';
import { formatWallClock } from '../values/formatWallClock';
import type { DecimalMark } from '../values/parseNumber';

/** Text as a message quotes it (the one excerpt rule of every message). */
export { excerpt as shown } from '../values/errors';

/** How QA messages write amounts and rates: with the shop's decimal mark, so an Indonesian reads 7.600,00 as the cell shows it. */
export interface QaNumbers {
  /** 7600 → "7,600.00" or "7.600,00"; money keeps its cents. */
  money(amount: number): string;
  /** 0.125 → "12.5%" or "12,5%" */
  percent(fraction: number): string;
}

/** Built once per check run (no Intl: a NumberFormat per call costs more than the checks); without a decimal mark, the US way. */
export function qaNumbers(decimalMark: DecimalMark | undefined): QaNumbers {
  const [group, decimal] = decimalMark === ',' ? ['.', ','] : [',', '.'];
  return {
    money: (amount) => {
      const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
      return `${amount < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${cents === undefined ? '' : decimal + cents}`;
    },
    percent: (fraction) => `${String(Math.round(fraction * 1000) / 10).replace('.', decimal)}%`,
  };
}

export function wallClockText(wall: number): string {
  const minutes = Math.round((wall - dayOfWallClock(wall) * MS_PER_DAY) / 60_000);
  if (minutes === 0 || minutes === 24 * 60) return formatDay(dayOfWallClock(wall));
  return formatWallClock(Math.round(wall / 60_000) * 60_000);
}
