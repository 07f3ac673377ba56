import { dayOfWallClock, formatDay } from '../../values/calendarDay';
import { weekdayOf } from '../../markets/usFederalHolidays';
import type { HealthSettings } from '../../settings/healthSettings';
import type { BusinessCalendar } from '../businessCalendar';

/** `2026-11-28 weekend`, `2026-11-26 holiday`: a day the SLA does not count, and why. */
function nonBusinessDay(day: number): string {
  const weekday = weekdayOf(day);
  return `${formatDay(day)} ${weekday === 0 || weekday === 6 ? 'weekend' : 'holiday'}`;
}

/**
 * What made an order's dispatch deadline, in words: "2 business days after 2026-11-25; skipped
 * 2026-11-26 holiday, 2026-11-28 weekend, 2026-11-29 weekend; end of day cut-off".
 */
export function deadlineBasis(paidWall: number, deadlineWall: number, calendar: BusinessCalendar, health: HealthSettings): string {
  const paidDay = dayOfWallClock(paidWall);
  const skipped: string[] = [];
  for (let day = paidDay + 1; day <= dayOfWallClock(deadlineWall); day++) if (!calendar.isBusinessDay(day)) skipped.push(nonBusinessDay(day));
  const days = health.dispatchSlaBusinessDays;
  const paidOn = calendar.isBusinessDay(paidDay) ? formatDay(paidDay) : `${nonBusinessDay(paidDay)} (paid)`;
  return `${days} business day${days === 1 ? '' : 's'} after ${paidOn}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}; ${health.dispatchCutoff} cut-off`;
}
