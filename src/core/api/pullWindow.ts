import { MS_PER_DAY } from '../values/calendarDay';
import { dayTextMs } from '../values/plausibleDates';
import { InputError } from '../values/errors';
import { wallClockOf } from '../values/wallClock';
import { instantOfWallClock } from '../values/zonedDates';
import type { OrderSearchFilter } from './searchOrders';

/** Where a workbook keeps the pull's cursor (in the add-on's own state, never a cell): Unix seconds up to which every update was pulled. */
export const PULL_CURSOR_PROPERTY = 'api.orders.updatedThrough';
/** An incremental pull asks again for the last 15 minutes before its cursor: an update indexed late is not missed (re-pulled orders replace themselves). */
export const CURSOR_OVERLAP_SECONDS = 15 * 60;
/** A first pull with no --since brings the last 90 days: the longest health window. */
export const FIRST_PULL_DAYS = 90;

/** What the user asked: days on the shop's wall clock, `YYYY-MM-DD`, both inclusive. */
export interface PullRequest {
  readonly since?: string;
  readonly until?: string;
}

export interface PullPlan {
  /** Orders updated since the cursor (incremental), or created in the asked days. */
  readonly filter: OrderSearchFilter;
  /** Set for an incremental pull: returns updated since then point at orders to pull again. */
  readonly updatedSince?: number;
  /** The cursor to write once the pull is written; undefined when this pull leaves it as it was (a window that does not reach now). */
  readonly cursorAfter?: number;
}

/**
 * What a pull asks for. With a cursor and no days asked: orders updated since the cursor (less the
 * overlap), up to now, then the cursor moves to now. Otherwise orders created on the asked days (by
 * default the last 90); a first pull that reaches now starts the cursor, a window pull leaves it.
 */
export function planPull(cursorText: string | undefined, request: PullRequest, now: number, timeZone: string): PullPlan {
  const unreadable = cursorUnreadable(cursorText, now);
  if (unreadable && !request.since) {
    throw new InputError(`The pull's saved position ('${PULL_CURSOR_PROPERTY}') is not a past time; pull with --since to start again from a day.`);
  }
  const cursor = cursorText && !unreadable ? Number(cursorText) : undefined; // a pull from a day starts an unreadable cursor again
  if (cursor !== undefined && !request.since && !request.until) {
    const updatedSince = cursor - CURSOR_OVERLAP_SECONDS;
    return { filter: { update_time_ge: updatedSince, update_time_lt: now }, updatedSince, cursorAfter: now };
  }
  const today = Math.floor(wallClockOf(new Date(now * 1000), timeZone) / MS_PER_DAY);
  const first = request.since ? dayOf(request.since, '--since') : today - FIRST_PULL_DAYS + 1;
  const last = request.until ? dayOf(request.until, '--until') : today;
  if (last < first) throw new InputError(`--until (${request.until}) is before the first day pulled; give a later day.`);
  const startOf = (day: number): number => instantOfWallClock(new Date(day * MS_PER_DAY), timeZone).getTime() / 1000;
  const filter = { create_time_ge: startOf(first), create_time_lt: Math.min(startOf(last + 1), now) };
  return { filter, cursorAfter: cursor === undefined && !request.until ? now : undefined };
}

/** A saved cursor that is not a past time in whole seconds (edited, or from another clock): it cannot say what was pulled. */
export function cursorUnreadable(cursorText: string | undefined, now: number): boolean {
  const cursor = Number(cursorText);
  return !!cursorText && !(Number.isInteger(cursor) && cursor > 0 && cursor <= now);
}

function dayOf(text: string, option: string): number {
  const day = dayTextMs(text) / MS_PER_DAY;
  if (isNaN(day)) throw new InputError(`${option} must be a day written YYYY-MM-DD, such as 2026-11-01.`);
  return day;
}
