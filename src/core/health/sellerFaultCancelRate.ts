import { inRange } from '../metrics/dayRange';
import { dayOfWallClock } from '../values/calendarDay';
import { cleanText } from '../values/cleanText';
import { excerpt } from '../values/errors';
import { fulfilledByTikTok, type HealthInput, type HealthRate } from './healthInput';
import type { HealthRow } from './healthRow';
import { VERDICT } from './orderVerdicts';
import { rateRow } from './rateRow';
import { reasonKind } from './cancelReasons';
import { cancellerOf, isSellerFaultCancel, isUndecidedCancel } from './sellerFault';

const NEEDED_FOR = 'the seller-fault cancellation rate (SFCR)';
const REASONS_SHOWN = 3;
/** Where a cancellation shows, best first; the last two are the columns SFCR requires one of. */
const CANCEL_EVIDENCE = ['orderStatus', 'cancelledTime', 'cancelBy', 'cancelReason'] as const;

/**
 * SFCR: seller-fulfilled orders paid in the window and cancelled for a seller reason ÷ those orders.
 * Cancelled = 'Order Status' says so (without that column: a 'Cancelled Time', 'Cancel By' or 'Cancel Reason');
 * a Return/Refund is not a cancellation.
 */
function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** A cancel reason as the note names it: its text only when it is one TTS Ops knows (an Orders cell of any other text is never quoted). */
export function reasonShown(reason: string): string {
  const kind = reasonKind(reason);
  if (kind === 'blank') return '(no reason given)';
  return kind === 'unknown' ? 'a reason TTS Ops does not know' : excerpt(reason);
}

/** "Out of stock 3, Pricing error 1 (and 2 others)": the commonest keys first. */
function commonest(counts: ReadonlyMap<string, number>): string {
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, REASONS_SHOWN);
  const others = counts.size - top.length;
  return `${top.map(([key, count]) => `${key} ${count}`).join(', ')}${others ? ` (and ${others} other${others === 1 ? '' : 's'})` : ''}`;
}

/** SFCR's decision on every order, and the tallies its note gives. */
export interface SellerFaultDecisions {
  /** Per order, a VERDICT: against = cancelled for a seller reason. */
  readonly verdicts: Uint8Array;
  readonly paid: Float64Array;
  readonly total: number;
  readonly sellerFault: number;
  /** Seller-fault cancellations per reason as the note names it. */
  readonly reasons: ReadonlyMap<string, number>;
  readonly unknownCancellers: number;
  readonly firstUnknownRow: number;
  /** Cancellations neither 'Cancel By' nor the reason decides (isUndecidedCancel): not counted, said in the note. */
  readonly undecided: number;
  readonly firstUndecidedRow: number;
}

/** Seller-fulfilled orders paid in the window, and which of them were cancelled for a seller reason. */
export function sellerFaultDecisions({ orders, window }: Pick<HealthInput, 'orders' | 'window'>): SellerFaultDecisions {
  const { table } = orders;
  const paid = orders.times('paidTime', NEEDED_FOR);
  if (!table.has('cancelReason')) table.require('cancelBy', NEEDED_FOR);
  const fbt = fulfilledByTikTok(orders);
  const evidence = CANCEL_EVIDENCE.find((key) => table.has(key))!;
  // 'Order Status' is tested for a cancelled status; the other columns show a cancellation by having a value.
  const cancelled = orders.flags(evidence);
  const returned = orders.flags('cancelReturnType');
  const verdicts = new Uint8Array(orders.count);
  let total = 0;
  let sellerFault = 0;
  const reasons = new Map<string, number>();
  let unknownCancellers = 0;
  let firstUnknownRow = 0;
  let undecided = 0;
  let firstUndecidedRow = 0;
  for (let o = 0; o < orders.count; o++) {
    if (fbt[o] || isNaN(paid[o]) || !inRange(dayOfWallClock(paid[o]), window)) continue;
    total++;
    verdicts[o] = VERDICT.fine;
    if (!cancelled[o] || returned[o]) continue;
    const by = orders.value('cancelBy', o);
    // A 'Cancel By' no language names is often a shifted paste: it is counted and placed by row, never quoted.
    if (cancellerOf(by) === 'unrecognised' && unknownCancellers++ === 0) firstUnknownRow = orders.rowsWith('cancelBy')![o] + 1;
    const reason = cleanText(orders.value('cancelReason', o));
    if (isUndecidedCancel(by, reason) && undecided++ === 0) firstUndecidedRow = orders.rowsWith(evidence)![o] + 1;
    if (!isSellerFaultCancel(by, reason)) continue;
    verdicts[o] = VERDICT.against;
    sellerFault++;
    tally(reasons, reasonShown(reason));
  }
  return { verdicts, paid, total, sellerFault, reasons, unknownCancellers, firstUnknownRow, undecided, firstUndecidedRow };
}

function sellerFaultCancelRate({ orders, window, settings, format }: HealthInput): HealthRow {
  const health = settings.health;
  const { total, sellerFault, reasons, unknownCancellers, firstUnknownRow, undecided, firstUndecidedRow } = sellerFaultDecisions({ orders, window });
  const details = reasons.size ? [`Reasons: ${commonest(reasons)}.`] : [];
  if (unknownCancellers) {
    details.push(
      `'Cancel By' on ${unknownCancellers} cancelled order${unknownCancellers === 1 ? '' : 's'} names no known buyer, seller or system word (first: row ${firstUnknownRow}): ` +
        'those were judged by their reason alone, so SFCR may be understated; check them in Seller Center.',
    );
  }
  if (undecided) {
    details.push(
      `${undecided} cancelled order${undecided === 1 ? '' : 's'} name${undecided === 1 ? 's' : ''} no known canceller and a reason TTS Ops does not know (first: row ${firstUndecidedRow}): ` +
        'not counted as seller faults, so SFCR may be understated; check them in Seller Center.',
    );
  }
  return rateRow(
    {
      metric: 'SFCR',
      label: 'Seller-fault cancellation rate',
      numerator: sellerFault,
      denominator: total,
      limit: health.sfcrLimit,
      counts: `${sellerFault} of ${total} paid orders (FBT left out) were cancelled by the seller or the system for a seller reason.`,
      bad: ['seller cancellation', 'seller cancellations'],
      details,
    },
    settings,
    format,
  );
}

export const SELLER_FAULT_CANCEL_RATE: HealthRate = {
  row: sellerFaultCancelRate,
  columns: ['paidTime', 'fulfillmentType', ...CANCEL_EVIDENCE, 'cancelReturnType'],
};
