import type { ReadOptions } from './readOptions';
import { formatDay, MS_PER_DAY } from './calendarDay';

/** The dates a cell may plausibly hold, as wall-clock ms: from `earliestDate` to `latestYearsAhead` years after today. */
export interface DateWindow {
  readonly from: number;
  /** Exclusive: the day after the last plausible one. */
  readonly to: number;
  /** `2016-01-01 to 2027-12-01`, for messages. */
  readonly text: string;
}

/** `YYYY-MM-DD` of a real calendar day as wall-clock ms at its midnight; NaN otherwise. */
export function dayTextMs(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return NaN;
  const [year, month, day] = match.slice(1).map(Number);
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms : NaN;
}

export function plausibleWindow(settings: Pick<ReadOptions, 'earliestDate' | 'latestYearsAhead'>, now: Date = new Date()): DateWindow {
  const from = dayTextMs(settings.earliestDate);
  const to = Date.UTC(now.getUTCFullYear() + settings.latestYearsAhead, now.getUTCMonth(), now.getUTCDate() + 1);
  return { from, to, text: `${settings.earliestDate} to ${formatDay(Math.floor(to / MS_PER_DAY) - 1)}` };
}
