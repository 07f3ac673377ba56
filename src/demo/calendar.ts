/**
 * Wall-clock arithmetic for demo data. A moment is whole seconds since 1970-01-01 00:00:00 of the
 * shop's wall clock (no zone: exports carry none); a day is whole days since 1970-01-01.
 */
import { BusinessCalendar } from '../core/health/businessCalendar';
import { formatDay } from '../core/values/calendarDay';

export { formatDay };
export { weekdayOf as weekday } from '../core/markets/usFederalHolidays';

const DAY_SECONDS = 86400;

/** 'YYYY-MM-DD' to a day number. */
export function parseDay(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`expected YYYY-MM-DD, got ${JSON.stringify(text)}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / 86400000;
  if (formatDay(day) !== text) throw new Error(`not a calendar day: ${text}`);
  return day;
}

export function dayOf(moment: number): number {
  return Math.floor(moment / DAY_SECONDS);
}

export function momentOf(day: number, secondOfDay: number): number {
  return day * DAY_SECONDS + secondOfDay;
}

/** A moment as the US export shows it: `MM/DD/YYYY hh:mm:ss AM/PM`. */
export function formatUsTimestamp(moment: number): string {
  const d = new Date(moment * 1000);
  const h24 = d.getUTCHours();
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  const parts = [pad2(d.getUTCMonth() + 1), '/', pad2(d.getUTCDate()), '/', d.getUTCFullYear(), ' ', pad2(h12), ':'];
  parts.push(pad2(d.getUTCMinutes()), ':', pad2(d.getUTCSeconds()), h24 < 12 ? ' AM' : ' PM');
  return parts.join('');
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const US_BUSINESS_DAYS = new BusinessCalendar();

export function isBusinessDay(day: number): boolean {
  return US_BUSINESS_DAYS.isBusinessDay(day);
}

/** The `n`-th business day after `day` (n = 0: `day` itself if it is one, else the next one). */
export function addBusinessDays(day: number, n: number): number {
  return US_BUSINESS_DAYS.addBusinessDays(day, n);
}
