import { cleanText } from '../../values/cleanText';
import { cancellerOf } from '../sellerFault';
import { reasonShown } from '../sellerFaultCancelRate';
import { expectedTracking, judgeTracking } from '../trackingNumbers';
import { carrierName } from '../carrierNames';
import type { OrderFacts } from './disputeRules';
import type { EvidenceMetric } from './evidenceMetric';

const MS_PER_MINUTE = 60_000;

/** How long after the deadline: "1 d 4 h", "3 h 5 min", "12 min". */
export function lateBy(ms: number): string {
  const minutes = Math.ceil(ms / MS_PER_MINUTE);
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  if (d) return `${d} d${h ? ` ${h} h` : ''}`;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

const CANCELLED_BY = { seller: 'by the seller', system: 'by the system for a seller reason' } as const;

/** Why an order counts against the shop, in the rate's own terms (a cancel reason quoted only when TTS Ops knows it). */
export function orderReason(metric: EvidenceMetric, order: OrderFacts): string {
  if (metric === 'LDR') return `Shipped ${lateBy(order.shipped - order.deadline)} late.`;
  if (metric === 'VTR') {
    if (judgeTracking(order.tracking, order.provider) === 'missing') return 'No tracking number.';
    const carrier = carrierName(order.provider);
    return `Tracking number not plausible for ${carrier ?? 'its carrier'} (expected ${expectedTracking(order.provider)}).`;
  }
  const by = cancellerOf(order.cancelBy);
  const who = by === 'seller' || by === 'system' ? CANCELLED_BY[by] : 'for a seller-fault reason';
  return `Cancelled ${who}: ${reasonShown(cleanText(order.cancelReason))}.`;
}
