import { dayFromParts, MS_PER_DAY } from './calendarDay';
import type { DateOrder } from './parseDateTime';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The cursor of the one parse in progress: no closure or object per call.
let text = '';
let at = 0;
// Neighbouring lines are mostly of one day (or two, when an order's paid and shipped times are read in
// turn): each day's number is computed once, kept in two slots, the older one replaced.
const slotDate = [-1, -1];
const slotDay = [0, 0];
let recentSlot = 0;
// What the last successful read found: its day and the milliseconds into it.
let readDay = 0;
let readTimeOfDay = 0;

/** Reads between `min` and `max` digits at the cursor; -1 when fewer than `min`. */
function digits(min: number, max: number): number {
  let value = 0;
  let width = 0;
  while (width < max && at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) break;
    value = value * 10 + (code - 48);
    width++;
    at++;
  }
  return width >= min ? value : -1;
}

function skip(code: number): boolean {
  if (text.charCodeAt(at) !== code) return false;
  at++;
  return true;
}

/**
 * The calendar day of Seller Center's own timestamp text, `11/22/2026 11:47:30 PM` (or
 * `22/11/2026 23:47:30` with order 'DMY'), ending in the export's tab or spaces, read in one pass;
 * undefined for any other shape or an impossible date or time, which the full parser
 * (parseDateTime) then reads or refuses. Agrees with it wherever it answers (a property test checks).
 */
export function slashTextDay(cell: string, order: DateOrder): number | undefined {
  return readSlashText(cell, order) ? readDay : undefined;
}

/** The same text as wall-clock milliseconds (parseDateTime's answer), read the same way. */
export function slashTextWallClock(cell: string, order: DateOrder): number | undefined {
  return readSlashText(cell, order) ? readDay * MS_PER_DAY + readTimeOfDay : undefined;
}

function readSlashText(cell: string, order: DateOrder): boolean {
  text = cell;
  at = 0;
  const first = digits(1, 2);
  if (first < 0 || !skip(47)) return false;
  const second = digits(1, 2);
  if (second < 0 || !skip(47)) return false;
  let year = digits(4, 4);
  if (year < 0 || !skip(32)) return false;
  let hour = digits(1, 2);
  if (hour < 0 || !skip(58)) return false;
  const minute = digits(2, 2);
  if (minute < 0 || !skip(58)) return false;
  const seconds = digits(2, 2);
  if (seconds < 0 || digits(1, 1) >= 0) return false;
  skip(32);
  const meridiem = text.charCodeAt(at) & ~32;
  if ((meridiem === 65 || meridiem === 80) && (text.charCodeAt(at + 1) & ~32) === 77) {
    if (hour < 1 || hour > 12) return false;
    hour = (hour % 12) + (meridiem === 80 ? 12 : 0);
    at += 2;
  }
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 9 && code !== 32 && code !== 160) return false;
  }
  const month = order === 'DMY' ? second : first;
  const day = order === 'DMY' ? first : second;
  if (year < 100) year += 2000;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (month < 1 || month > 12 || day < 1 || day > monthDays || hour > 23 || minute > 59 || seconds > 59) return false;
  const date = year * 10000 + month * 100 + day;
  if (date !== slotDate[recentSlot]) {
    recentSlot = 1 - recentSlot;
    if (date !== slotDate[recentSlot]) {
      slotDate[recentSlot] = date;
      slotDay[recentSlot] = dayFromParts(year, month, day);
    }
  }
  readDay = slotDay[recentSlot];
  readTimeOfDay = ((hour * 60 + minute) * 60 + seconds) * 1000;
  return true;
}
