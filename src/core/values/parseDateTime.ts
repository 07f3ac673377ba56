import { MS_PER_DAY } from './calendarDay';
import { isDate } from './isDate';
import { wallClockOf } from './wallClock';

/** Day-then-month order of a slash date: 'MDY' (US exports) or 'DMY' (most other regions). */
export type DateOrder = 'MDY' | 'DMY';

const SHEETS_EPOCH_OFFSET_DAYS = 25_569; // serial number of 1970-01-01 in Sheets

/**
 * A date or timestamp cell as wall-clock milliseconds (the shop's local time on a UTC axis).
 * Accepts Date values (read in `timeZone`), Sheets serial numbers, `MM/DD/YYYY hh:mm:ss AM/PM`,
 * `DD/MM/YYYY HH:mm:ss` (with `order` 'DMY'), `YYYY-MM-DD[ HH:mm[:ss]]`. Without an `order`, a
 * slash date that reads both ways (`05/10/2026`) is NaN, never a guess (see `dateReadings`).
 * Returns undefined for a blank cell and NaN for a value that is not a real date.
 */
export function parseDateTime(value: unknown, order: DateOrder | undefined, timeZone: string): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') {
    return value > 0 && value < 2_958_466 ? Math.round((value - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY) : NaN;
  }
  if (isDate(value)) return wallClockOf(value, timeZone);
  if (typeof value !== 'string') return NaN;
  const fields = splitDateText(value);
  if (fields === undefined) return undefined;
  if (fields === null) return NaN;
  const wall = wallClockFromFields(fields, order);
  return fields.utc && !isNaN(wall) ? wallClockOf(new Date(wall), timeZone) : wall;
}

interface DateFields {
  numbers: number[];
  count: number;
  firstWidth: number;
  meridiem: 0 | 1 | 2; // none, AM, PM
  /** A trailing Z: the time is UTC, not the shop's wall clock. */
  utc: boolean;
}

// One scratch record reused by every parse: a column of 300k timestamps allocates nothing.
const scratch: DateFields = { numbers: [0, 0, 0, 0, 0, 0, 0], count: 0, firstWidth: 0, meridiem: 0, utc: false };

/** One pass over the characters: the numeric fields, the first field's width, AM/PM. */
function splitDateText(text: string): DateFields | null | undefined {
  const fields = scratch;
  const numbers = fields.numbers;
  let count = 0;
  let current = -1;
  let width = 0;
  let firstWidth = 0;
  let meridiem: 0 | 1 | 2 = 0;
  let utc = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      current = current < 0 ? code - 48 : current * 10 + (code - 48);
      width++;
      seenContent = true;
      continue;
    }
    if (current >= 0) {
      if (count === 0) firstWidth = width;
      if (count === 7) return null;
      numbers[count++] = current;
      current = -1;
      width = 0;
    }
    if (code === 47 || code === 45 || code === 58 || code === 46 || code === 32 || code === 9 || code === 84 || code === 160) {
      if (code === 46 && count >= 6) {
        while (i + 1 < text.length && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++; // fractional seconds
      }
      continue;
    }
    const upper = code & ~32;
    if ((upper === 65 || upper === 80) && (text.charCodeAt(i + 1) & ~32) === 77) {
      meridiem = upper === 65 ? 1 : 2;
      seenContent = true;
      i++;
      continue;
    }
    if (code === 90 && count >= 5 && i === text.trimEnd().length - 1) {
      utc = true;
      continue;
    }
    if (code === 0xfeff) continue;
    return null;
  }
  if (current >= 0) {
    if (count === 0) firstWidth = width;
    if (count === 7) return null;
    numbers[count++] = current;
  }
  if (!seenContent) return undefined;
  if (count < 3) return null;
  for (let k = count; k < 6; k++) numbers[k] = 0;
  fields.count = count;
  fields.firstWidth = firstWidth;
  fields.meridiem = meridiem;
  fields.utc = utc;
  return fields;
}

function wallClockFromFields(fields: DateFields, order: DateOrder | undefined): number {
  const [a, b, c, hourRaw, minute, second] = fields.numbers;
  let year: number, month: number, day: number;
  if (fields.firstWidth === 4) [year, month, day] = [a, b, c];
  else if (order === undefined && isAmbiguous(fields)) return NaN;
  else if (order === 'DMY' || (order === undefined && a > 12)) [day, month, year] = [a, b, c];
  else [month, day, year] = [a, b, c];
  if (year < 100) year += 2000;
  let hour = hourRaw;
  if (fields.meridiem) {
    if (hour < 1 || hour > 12) return NaN;
    hour = (hour % 12) + (fields.meridiem === 2 ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * What a slash-date text says about its order: 'DMY' when the first field cannot be a month,
 * 'MDY' when the second cannot, undefined when either reading works.
 */
export function dateOrderEvidence(value: unknown): DateOrder | undefined {
  if (typeof value !== 'string') return undefined;
  const fields = splitDateText(value);
  if (!fields || fields.firstWidth === 4) return undefined;
  const [first, second] = fields.numbers;
  if (first > 12 && second <= 12) return 'DMY';
  if (second > 12 && first <= 12) return 'MDY';
  return undefined;
}

/**
 * What a slash timestamp's clock says about its order (Seller Center writes `MM/DD/YYYY h:mm:ss AM/PM` or
 * `DD/MM/YYYY HH:mm:ss`): '12-hour' with AM/PM, '24-hour' without; undefined for a date without a time or a year-first date.
 */
export function clockStyle(value: unknown): '12-hour' | '24-hour' | undefined {
  if (typeof value !== 'string') return undefined;
  const fields = splitDateText(value);
  if (!fields || fields.firstWidth === 4 || fields.count < 5) return undefined;
  return fields.meridiem ? '12-hour' : '24-hour';
}

/** The separators of a year-first timestamp (`2026/10/03 14:05:00` in Japanese exports, ISO `2026-10-03T14:05:00`); undefined for any other text. */
export function yearFirstSeparators(value: unknown): { readonly date: '/' | '-'; readonly time: ' ' | 'T' } | undefined {
  if (typeof value !== 'string') return undefined;
  const fields = splitDateText(value);
  if (!fields || fields.firstWidth !== 4 || fields.count < 6) return undefined;
  const match = /^[\s\uFEFF]*\d{4}([/-])\d{1,2}\1\d{1,2}([ T])/.exec(value);
  return match ? { date: match[1] as '/' | '-', time: match[2] as ' ' | 'T' } : undefined;
}

const isAmbiguous = (fields: DateFields): boolean =>
  fields.firstWidth !== 4 && fields.numbers[0] !== fields.numbers[1] && fields.numbers[0] <= 12 && fields.numbers[1] <= 12;

/** Both readings of a slash date that fits day-first and month-first (`05/10/2026`), as YYYY-MM-DD; undefined when it reads one way only. */
export function dateReadings(value: unknown): { readonly dayFirst: string; readonly monthFirst: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const fields = splitDateText(value);
  if (!fields || !isAmbiguous(fields)) return undefined;
  const [a, b, c] = fields.numbers;
  const year = String(c < 100 ? c + 2000 : c);
  const pad = (n: number): string => (n < 10 ? '0' + n : String(n));
  return { dayFirst: `${year}-${pad(b)}-${pad(a)}`, monthFirst: `${year}-${pad(a)}-${pad(b)}` };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Whether a date cell carries no time of day: text with a date only, a whole serial number, or a Date at 00:00 shop time. */
export function isDateOnly(value: unknown, wallMs: number): boolean {
  if (typeof value === 'string') {
    const fields = splitDateText(value);
    return !!fields && fields.count <= 3;
  }
  if (typeof value === 'number') return Number.isInteger(value);
  return wallMs % MS_PER_DAY === 0;
}
