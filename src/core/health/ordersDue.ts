import type { Settings } from '../settings/settings';
import type { OrderColumnKey } from '../table/columns';
import { wallClockOf } from '../values/wallClock';
import { BusinessCalendar } from './businessCalendar';
import { DispatchDeadline } from './dispatchDeadline';
import { fulfilledByTikTok } from './healthInput';
import type { HealthOrders } from './healthOrders';
import type { HealthRow } from './healthRow';
import { isAbove, ppm } from './rateRow';

const NEEDED_FOR = 'the orders due to ship';
const DAY_MS = 86_400_000;

export interface OrdersDue {
  /** Past their dispatch deadline at `now`, still not shipped. */
  readonly overdue: number;
  /** Reaching their deadline within the 24 hours after `now`. */
  readonly next24h: number;
  /** Whether shipping all of those late would take LDR past its limit (each adds a late shipment to the window's counts). */
  readonly wouldBreachLdr: boolean;
}

/** The columns ordersDue reads, for the HealthOrders it is given. */
export const ORDERS_DUE_COLUMNS: readonly OrderColumnKey[] = [
  'paidTime',
  'shippedTime',
  'fulfillmentType',
  'preOrder',
  'orderStatus',
  'cancelledTime',
];

/**
 * Orders paid, not shipped and not cancelled that the seller ships (FBT and pre-orders left out, as
 * LDR leaves them out), against the same dispatch deadline as LDR. Deadlines are the shop's wall
 * clock; `now` and now + 24 h are taken to that wall clock, so a DST change shortens or lengthens the day as it does in the shop.
 */
export function ordersDue(orders: HealthOrders, settings: Settings, now: Date, ldr: Pick<HealthRow, 'numerator' | 'denominator'>): OrdersDue {
  const { health, timeZone } = settings;
  const paid = orders.times('paidTime', NEEDED_FOR);
  const shipped = orders.times('shippedTime', NEEDED_FOR);
  const fbt = fulfilledByTikTok(orders);
  const preOrder = orders.flags('preOrder');
  const cancelledStatus = orders.flags('orderStatus');
  const cancelledTime = orders.flags('cancelledTime');
  const deadline = new DispatchDeadline(
    new BusinessCalendar(health.holidays, health.holidayCalendar),
    health.dispatchSlaBusinessDays,
    health.dispatchCutoff,
  );
  const nowWall = wallClockOf(now, timeZone);
  const dayAhead = wallClockOf(new Date(now.getTime() + DAY_MS), timeZone);
  let overdue = 0;
  let next24h = 0;
  for (let o = 0; o < orders.count; o++) {
    if (isNaN(paid[o]) || !isNaN(shipped[o]) || fbt[o] || preOrder[o] || cancelledStatus[o] || cancelledTime[o]) continue;
    const due = deadline.of(paid[o]);
    if (due < nowWall) overdue++;
    else if (due <= dayAhead) next24h++;
  }
  const late = overdue + next24h;
  return { overdue, next24h, wouldBreachLdr: late > 0 && isAbove(ldr.numerator + late, ldr.denominator + late, ppm(health.ldrLimit)) };
}
