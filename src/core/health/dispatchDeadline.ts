import { dayOfWallClock, MS_PER_DAY } from '../values/calendarDay';
import type { BusinessCalendar } from './businessCalendar';
import type { DispatchCutoff } from '../settings/healthSettings';

/**
 * The last moment an order may ship without counting as late (SU-US:3995852763301633,
 * SU-US:8064131472115499): the SLA's last business day is the n-th business day after the paid
 * day, so an order paid on a weekend or holiday starts counting from the next business day. With
 * 'end of day' the deadline is 23:59:59.999 of that day; with 'same time' it is that day at the
 * paid time of day, except that weekend and holiday payments end at midnight (their clock starts at
 * 00:00 of the next business day), and so does a 0-day SLA.
 */
export class DispatchDeadline {
  /** Per paid day: the SLA's last day, and whether the deadline keeps the paid time of day. */
  private readonly byPaidDay = new Map<number, { lastDay: number; sameTime: boolean }>();

  constructor(
    private readonly calendar: BusinessCalendar,
    private readonly businessDays: number,
    private readonly cutoff: DispatchCutoff,
  ) {}

  /** Wall-clock ms; a shipment after it is late. */
  of(paidWall: number): number {
    const paidDay = dayOfWallClock(paidWall);
    let rule = this.byPaidDay.get(paidDay);
    if (!rule) {
      rule = {
        lastDay: this.calendar.addBusinessDays(paidDay, this.businessDays),
        sameTime: this.cutoff === 'same time' && this.businessDays > 0 && this.calendar.isBusinessDay(paidDay),
      };
      this.byPaidDay.set(paidDay, rule);
    }
    return rule.sameTime ? paidWall + (rule.lastDay - paidDay) * MS_PER_DAY : (rule.lastDay + 1) * MS_PER_DAY - 1;
  }
}
