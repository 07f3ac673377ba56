import type { ApiPorts, ApiShop } from '../api/apiClient';
import type { PullProgress } from '../api/fetchPull';
import { FIRST_PULL_DAYS, PULL_CURSOR_PROPERTY } from '../api/pullWindow';
import { formatDay, MS_PER_DAY } from '../values/calendarDay';
import { InputError } from '../values/errors';
import { wallClockOf } from '../values/wallClock';
import { INPUT_TABS } from '../workbook/tabNames';
import { workbookSettings } from '../workbook/settingsTab';
import type { Workbook } from '../workbook/workbookPort';
import type { ImportedOrders } from './importOrders';
import { pullOrders, type PullOutcome } from './pullOrders';

/** Where a first pull that ran out of time keeps its place (owned state): the next day to pull, and when the first pull began. */
export const FIRST_PULL_PLACE_PROPERTY = 'api.orders.firstPullPlace';
/** A first pull goes a week of created orders at a time, each week written whole. */
export const PULL_WINDOW_DAYS = 7;

export interface TimedPullOutcome extends PullOutcome {
  /** Days of the first pull still to come (0: the pull is complete and the cursor set). */
  readonly daysLeft: number;
}

interface FirstPullPlace {
  readonly next: number;
  readonly startedAt: number;
}

/**
 * A pull that stops before it would run past `limitSeconds` (Apps Script ends a run at 6 minutes): an incremental pull is one
 * call of pullOrders; a first pull goes week by week (90 days), each week written on its own, and stops before a week that, at
 * the slowest week's pace, would not end in time, keeping its place so the next pull resumes there. The cursor starts only
 * when the last week is in, at the time the first week began, so no update made while the weeks were pulled is missed.
 */
export async function pullOrdersInTime(
  workbook: Workbook,
  shop: ApiShop,
  ports: ApiPorts,
  limitSeconds: number,
  progress?: PullProgress,
): Promise<TimedPullOutcome> {
  const started = ports.now();
  const owned = workbook.readProperties();
  const place = placeOf(owned[FIRST_PULL_PLACE_PROPERTY]);
  if (owned[PULL_CURSOR_PROPERTY] && !place) return { ...(await pullOrders(workbook, {}, shop, ports, progress)), daysLeft: 0 };
  const { timeZone } = workbookSettings(workbook.readTab(INPUT_TABS.settings), workbook.timeZone()).settings;
  const today = Math.floor(wallClockOf(new Date(started * 1000), timeZone) / MS_PER_DAY);
  const { next, startedAt } = place ?? { next: today - FIRST_PULL_DAYS + 1, startedAt: started };
  const outcomes: PullOutcome[] = [];
  let slowest = 0;
  for (let first = next; first <= today; first += PULL_WINDOW_DAYS) {
    const weekStart = ports.now();
    if (outcomes.length && weekStart - started + slowest > limitSeconds) return { ...summed(outcomes), daysLeft: today - first + 1 };
    const last = Math.min(first + PULL_WINDOW_DAYS - 1, today);
    outcomes.push(
      await keptOnRefusal(first - next, pullOrders(workbook, { since: formatDay(first), until: formatDay(last) }, shop, ports, progress)),
    );
    const done = { [PULL_CURSOR_PROPERTY]: String(startedAt), [FIRST_PULL_PLACE_PROPERTY]: '' };
    workbook.writeProperties(last < today ? { [FIRST_PULL_PLACE_PROPERTY]: JSON.stringify({ next: last + 1, startedAt }) } : done);
    slowest = Math.max(slowest, ports.now() - weekStart);
  }
  return { ...summed(outcomes), daysLeft: 0 };
}

/** A refusal after some weeks were written says they are kept. */
async function keptOnRefusal<T>(daysWritten: number, week: Promise<T>): Promise<T> {
  try {
    return await week;
  } catch (error) {
    if (!daysWritten || !(error instanceof InputError)) throw error;
    error.message += ` The ${daysWritten} days pulled before it are kept; the next pull goes on from there.`;
    throw error; // the same error: an API refusal keeps its code
  }
}

function placeOf(text: string | undefined): FirstPullPlace | undefined {
  if (!text) return undefined;
  let place: Partial<FirstPullPlace> = {};
  try {
    place = JSON.parse(text) as Partial<FirstPullPlace>;
  } catch {
    // not JSON: refused below
  }
  if (Number.isInteger(place.next) && Number.isInteger(place.startedAt)) return place as FirstPullPlace;
  throw new InputError(`The first pull's saved place ('${FIRST_PULL_PLACE_PROPERTY}') is unreadable; clear it to start the first pull again.`);
}

/** The weeks' imports as one: their counts added up, the rows as the last week left them. */
function summed(outcomes: readonly PullOutcome[]): PullOutcome {
  const results = outcomes.map((outcome) => outcome.result);
  const total = (field: 'added' | 'duplicates' | 'skipped'): number => results.reduce((sum, result) => sum + result[field], 0);
  const result: ImportedOrders = {
    ...results[results.length - 1],
    added: total('added'),
    duplicates: total('duplicates'),
    skipped: total('skipped'),
    newColumns: [...new Set(results.flatMap((r) => r.newColumns))],
  };
  return { result, orders: outcomes.reduce((sum, outcome) => sum + outcome.orders, 0) };
}
