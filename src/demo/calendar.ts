/**
 * Wall-clock arithmetic for demo data. A moment is whole seconds since 1970-01-01 00:00:00 of the
 * shop's wall clock (no zone: exports carry none); a day is whole days since 1970-01-01.
 */
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

/** A day number as 'YYYY-MM-DD'. */
export function formatDay(day: number): string {
  const d = new Date(day * 86400000);
  return [d.getUTCFullYear(), pad2(d.getUTCMonth() + 1), pad2(d.getUTCDate())].join('-');
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
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

const holidayCache = new Map<number, Set<number>>();

/** US federal holidays (observed dates) of a year, as day numbers. */
export function usFederalHolidays(year: number): Set<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const fixed = (month: number, date: number): number => observed(Date.UTC(year, month - 1, date) / 86400000);
  const nth = (month: number, wd: number, n: number): number => {
    const first = Date.UTC(year, month - 1, 1) / 86400000;
    return first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
  };
  const lastMonday = (month: number): number => {
    const last = Date.UTC(year, month, 0) / 86400000;
    return last - ((weekday(last) - 1 + 7) % 7);
  };
  const days = new Set<number>([
    fixed(1, 1),
    nth(1, 1, 3), // Martin Luther King Jr. Day
    nth(2, 1, 3), // Washington's Birthday
    lastMonday(5), // Memorial Day
    fixed(6, 19),
    fixed(7, 4),
    nth(9, 1, 1), // Labor Day
    nth(10, 1, 2), // Columbus Day
    fixed(11, 11),
    nth(11, 4, 4), // Thanksgiving
    fixed(12, 25),
  ]);
  holidayCache.set(year, days);
  return days;
}

function observed(day: number): number {
  const wd = weekday(day);
  if (wd === 6) return day - 1;
  if (wd === 0) return day + 1;
  return day;
}

export function isBusinessDay(day: number): boolean {
  const wd = weekday(day);
  if (wd === 0 || wd === 6) return false;
  const year = new Date(day * 86400000).getUTCFullYear();
  return !usFederalHolidays(year).has(day) && !usFederalHolidays(year + 1).has(day);
}

/** The `n`-th business day after `day` (n = 0: `day` itself if it is one, else the next one). */
export function addBusinessDays(day: number, n: number): number {
  let d = day;
  if (n === 0) {
    while (!isBusinessDay(d)) d++;
    return d;
  }
  for (let i = 0; i < n; i++) {
    d++;
    while (!isBusinessDay(d)) d++;
  }
  return d;
}
