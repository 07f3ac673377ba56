import { describeCell } from '../values/errors';
import { inRange } from '../metrics/dayRange';
import { dayOfWallClock } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { fulfilledByTikTok, type HealthInput, type HealthRate } from './healthInput';
import type { HealthRow } from './healthRow';
import { VERDICT } from './orderVerdicts';
import { rateRow } from './rateRow';
import { carrierOf, expectedTracking, judgeTracking } from './trackingNumbers';

const NEEDED_FOR = 'the valid tracking rate (VTR)';

/** VTR's decision on every order: against = shipped without a tracking number plausible for its carrier. */
export interface ValidTrackingDecisions {
  readonly verdicts: Uint8Array;
  readonly shipped: Float64Array;
  readonly total: number;
  readonly missing: number;
  readonly implausible: number;
  /** The first order whose number is not plausible (-1: none). */
  readonly firstImplausible: number;
}

/** Seller-fulfilled orders shipped in the window, and which of them lack a valid tracking number. */
export function validTrackingDecisions({ orders, window }: Pick<HealthInput, 'orders' | 'window'>): ValidTrackingDecisions {
  const shipped = orders.times('shippedTime', NEEDED_FOR);
  orders.table.require('trackingId', NEEDED_FOR);
  const fbt = fulfilledByTikTok(orders);
  const verdicts = new Uint8Array(orders.count);
  let total = 0;
  let missing = 0;
  let implausible = 0;
  let firstImplausible = -1;
  for (let o = 0; o < orders.count; o++) {
    if (fbt[o] || isNaN(shipped[o]) || !inRange(dayOfWallClock(shipped[o]), window)) continue;
    total++;
    const verdict = judgeTracking(orders.value('trackingId', o), orders.value('shippingProvider', o));
    verdicts[o] = verdict === 'valid' ? VERDICT.fine : VERDICT.against;
    if (verdict === 'missing') missing++;
    else if (verdict === 'implausible' && implausible++ === 0) firstImplausible = o;
  }
  return { verdicts, shipped, total, missing, implausible, firstImplausible };
}

/** VTR: seller-fulfilled orders shipped in the window with a tracking number plausible for their carrier ÷ those orders. */
function validTrackingRate({ orders, window, settings, format }: HealthInput): HealthRow {
  const health = settings.health;
  const { total, missing, implausible, firstImplausible: o } = validTrackingDecisions({ orders, window });
  let example = '';
  if (o >= 0) {
    const tracking = orders.value('trackingId', o);
    const provider = orders.value('shippingProvider', o);
    // The carrier is named by the product's own table, never by the cell's text (an Orders cell is never quoted).
    const carrier = carrierOf(provider)?.carrier ?? (cleanText(provider) ? 'a carrier TTS Ops does not know' : '');
    const row = orders.rowsWith('trackingId')![o] + 1;
    example = `First: row ${row}, ${describeCell(tracking)} ${carrier ? `for ${carrier}` : 'with no carrier named'}; expected ${expectedTracking(provider)}.`;
  }
  const valid = total - missing - implausible;
  const details = example ? [example] : [];
  return rateRow(
    {
      metric: 'VTR',
      label: 'Valid tracking rate',
      numerator: valid,
      denominator: total,
      limit: health.vtrTarget,
      floor: true,
      counts:
        `${valid} of ${total} orders shipped (FBT left out) have a valid tracking number; ` +
        `${missing} missing, ${implausible} not plausible for their carrier.`,
      bad: ['shipment without valid tracking', 'shipments without valid tracking'],
      details: ["Carriers as named in 'Shipping Provider Name'.", ...details],
    },
    settings,
    format,
  );
}

export const VALID_TRACKING_RATE: HealthRate = {
  row: validTrackingRate,
  columns: ['shippedTime', 'fulfillmentType', 'trackingId', 'shippingProvider'],
};
