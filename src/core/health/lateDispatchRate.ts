import { inRange } from '../metrics/dayRange';
import { dayOfWallClock } from '../values/calendarDay';
import { BusinessCalendar } from './businessCalendar';
import { DispatchDeadline } from './dispatchDeadline';
import { fulfilledByTikTok, type HealthInput, type HealthRate } from './healthInput';
import type { HealthRow } from './healthRow';
import { VERDICT } from './orderVerdicts';
import { isAbove, limitText, ppm, rateRow } from './rateRow';

const NEEDED_FOR = 'the late dispatch rate (LDR)';

/** LDR's decision on every order, with the calendar and deadline rule that made it. */
export interface LateDispatchDecisions {
  /** Per order, a VERDICT: against = shipped after its deadline. */
  readonly verdicts: Uint8Array;
  readonly shipped: Float64Array;
  readonly paid: Float64Array;
  readonly calendar: BusinessCalendar;
  readonly deadline: DispatchDeadline;
  readonly late: number;
  readonly dispatched: number;
  readonly firstLateRow: number;
  readonly fbtCount: number;
  readonly preOrderCount: number;
  readonly unpaidCount: number;
}

/** Which seller-fulfilled orders shipped in the window, and which of them after the dispatch deadline. */
export function lateDispatchDecisions({ orders, window, settings }: Omit<HealthInput, 'format'>): LateDispatchDecisions {
  const health = settings.health;
  const shipped = orders.times('shippedTime', NEEDED_FOR);
  const paid = orders.times('paidTime', NEEDED_FOR);
  const fbt = fulfilledByTikTok(orders);
  const preOrder = orders.flags('preOrder');
  const calendar = new BusinessCalendar(health.holidays, health.holidayCalendar);
  const deadline = new DispatchDeadline(calendar, health.dispatchSlaBusinessDays, health.dispatchCutoff);
  const verdicts = new Uint8Array(orders.count);
  let dispatched = 0;
  let late = 0;
  let firstLateRow = -1;
  let fbtCount = 0;
  let preOrderCount = 0;
  let unpaidCount = 0;
  for (let o = 0; o < orders.count; o++) {
    const shippedAt = shipped[o];
    if (isNaN(shippedAt) || !inRange(dayOfWallClock(shippedAt), window)) continue;
    verdicts[o] = VERDICT.leftOut;
    if (fbt[o]) fbtCount++;
    else if (preOrder[o]) preOrderCount++;
    else if (isNaN(paid[o])) unpaidCount++;
    else {
      dispatched++;
      verdicts[o] = VERDICT.fine;
      if (shippedAt > deadline.of(paid[o])) {
        verdicts[o] = VERDICT.against;
        late++;
        if (firstLateRow < 0) firstLateRow = orders.firstLine[o];
      }
    }
  }
  return { verdicts, shipped, paid, calendar, deadline, late, dispatched, firstLateRow, fbtCount, preOrderCount, unpaidCount };
}

/**
 * LDR: seller-fulfilled orders whose Shipped Time falls in the window and that shipped after the
 * dispatch deadline ÷ those orders. FBT orders and pre-orders (whose SLA runs from the pre-order
 * close date, which the export lacks) are left out and counted in the Note.
 */
function lateDispatchRate(input: HealthInput): HealthRow {
  const { settings, format } = input;
  const health = settings.health;
  const { calendar, late, dispatched, firstLateRow, fbtCount, preOrderCount, unpaidCount } = lateDispatchDecisions(input);
  const sla = `${health.dispatchSlaBusinessDays}-business-day SLA`;
  const leftOut = [
    fbtCount && `${fbtCount} FBT`,
    preOrderCount && `${preOrderCount} pre-order${preOrderCount === 1 ? '' : 's'} (their SLA runs from the pre-order close date, not in the export)`,
    unpaidCount && `${unpaidCount} without a Paid Time`,
  ].filter(Boolean);
  const details = [];
  if (firstLateRow >= 0) details.push(`First late order in the range: row ${firstLateRow + 1}.`);
  if (leftOut.length) details.push(`Left out: ${leftOut.join(', ')}.`);
  if (isAbove(late, dispatched, ppm(health.ldrEnforcement))) details.push(`Above the ${limitText(format, health.ldrEnforcement)} enforcement level.`);
  details.push(calendar.describe());
  return rateRow(
    {
      metric: 'LDR',
      label: 'Late dispatch rate',
      numerator: late,
      denominator: dispatched,
      limit: health.ldrLimit,
      counts: `${late} of ${dispatched} orders shipped after the ${sla} (${health.dispatchCutoff} cut-off).`,
      bad: ['late shipment', 'late shipments'],
      details,
    },
    settings,
    format,
  );
}

export const LATE_DISPATCH_RATE: HealthRate = { row: lateDispatchRate, columns: ['shippedTime', 'paidTime', 'fulfillmentType', 'preOrder'] };
