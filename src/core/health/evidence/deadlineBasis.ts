import { dayOfWallClock, formatDay } from '../../values/calendarDay';
import { weekdayOf } from '../../markets/usFederalHolidays';
import type { HealthSettings } from '../../settings/healthSettings';
import type { BusinessCalendar } from '../businessCalendar';

/**
 * What made an order's dispatch deadline, in words: "2 business days after 2026-11-25 (skipped:
 * 2026-11-26 holiday, 2026-11-28 weekend, 2026-11-29 weekend); end-of-day cut-off".
 */
export function deadlineBasis(paidWall: number, deadlineWall: number, calendar: BusinessCalendar, health: HealthSettings): string {
  const paidDay = dayOfWallClock(paidWall);
  const skipped: string[] = [];
  for (let day = paidDay + 1; day <= dayOfWallClock(deadlineWall); day++) {
    if (calendar.isBusinessDay(day)) continue;
    const weekday = weekdayOf(day);
    skipped.push(`${formatDay(day)} ${weekday === 0 || weekday === 6 ? 'weekend' : 'holiday'}`);
  }
  const days = health.dispatchSlaBusinessDays;
  const start = calendar.isBusinessDay(paidDay) ? '' : ' (paid on a non-business day: counted from the next one)';
  return (
    `${days} business day${days === 1 ? '' : 's'} after ${formatDay(paidDay)}${start}` +
    `${skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}; ${health.dispatchCutoff} cut-off`
  );
}
