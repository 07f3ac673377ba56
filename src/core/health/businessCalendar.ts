import { dayFromParts, formatDay, partsOfDay } from '../values/calendarDay';
import { holidaySettingError } from './checkHealthSettings';
import { usFederalHolidays, weekdayOf } from './usFederalHolidays';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseHoliday(text: string): number {
  const trimmed = String(text).trim();
  const match = ISO_DAY.exec(trimmed);
  const day = match ? dayFromParts(+match[1], +match[2], +match[3]) : NaN;
  if (!match || formatDay(day) !== trimmed) throw holidaySettingError(trimmed);
  return day;
}

/** Business days: Monday to Friday, except US federal holidays (observed days) and a settable list. */
export class BusinessCalendar {
  private readonly extra: ReadonlySet<number>;
  private readonly federalByYear = new Map<number, ReadonlySet<number>>();

  constructor(extraHolidays: readonly string[] = []) {
    this.extra = new Set(extraHolidays.map(parseHoliday));
  }

  isBusinessDay(day: number): boolean {
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6 && !this.extra.has(day) && !this.federal(partsOfDay(day).year).has(day);
  }

  /** The `n`-th business day after `day`; with n = 0, `day` itself or, when it is not a business day, the next one. */
  addBusinessDays(day: number, n: number): number {
    let d = day;
    if (n === 0) {
      while (!this.isBusinessDay(d)) d++;
      return d;
    }
    for (let counted = 0; counted < n;) if (this.isBusinessDay(++d)) counted++;
    return d;
  }

  /** Holidays observed in `year`, including next New Year's Day when it is observed on 31 December. */
  private federal(year: number): ReadonlySet<number> {
    let days = this.federalByYear.get(year);
    if (!days) {
      days = new Set([...usFederalHolidays(year), ...usFederalHolidays(year + 1)]);
      this.federalByYear.set(year, days);
    }
    return days;
  }
}
