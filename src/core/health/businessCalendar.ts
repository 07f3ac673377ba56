import { dayFromParts, formatDay, partsOfDay } from '../values/calendarDay';
import { holidaySettingError } from '../settings/checkHealthSettings';
import { holidayCalendarName, knowsYear, publicHolidays, type HolidayCalendarCode } from '../markets/holidayCalendars';
import { weekdayOf } from '../markets/usFederalHolidays';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseHoliday(text: string): number {
  const trimmed = String(text).trim();
  const match = ISO_DAY.exec(trimmed);
  const day = match ? dayFromParts(+match[1], +match[2], +match[3]) : NaN;
  if (!match || formatDay(day) !== trimmed) throw holidaySettingError(trimmed);
  return day;
}

/** Business days: Monday to Friday, except a market's public holidays (observed days) and a settable list. */
export class BusinessCalendar {
  private readonly extra: ReadonlySet<number>;
  private readonly publicByYear = new Map<number, ReadonlySet<number>>();
  private readonly unknownYears = new Set<number>();

  constructor(
    extraHolidays: readonly string[] = [],
    private readonly calendar: HolidayCalendarCode = 'US',
  ) {
    this.extra = new Set(extraHolidays.map(parseHoliday));
  }

  isBusinessDay(day: number): boolean {
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6 && !this.extra.has(day) && !this.holidays(partsOfDay(day).year).has(day);
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

  /** "Mon–Fri without ID public holidays (…) and 2 extra holidays", plus the years the table did not know, for the health note. */
  describe(): string {
    const extra = this.extra.size ? ` and ${this.extra.size} extra holiday${this.extra.size === 1 ? '' : 's'}` : '';
    const unknown = [...this.unknownYears].sort();
    const gap = unknown.length ? ` (${unknown.join(', ')} not in the table: add that year's holidays to health.holidays)` : '';
    return `Business days: Mon–Fri without ${holidayCalendarName(this.calendar)}${extra}${gap}.`;
  }

  /** Holidays observed in `year`, including next New Year's Day when it is observed on 31 December. */
  private holidays(year: number): ReadonlySet<number> {
    let days = this.publicByYear.get(year);
    if (!days) {
      if (!knowsYear(this.calendar, year)) this.unknownYears.add(year);
      days = new Set([...publicHolidays(this.calendar, year), ...publicHolidays(this.calendar, year + 1)]);
      this.publicByYear.set(year, days);
    }
    return days;
  }
}
