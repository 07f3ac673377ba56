import { cleanText } from '../../values/cleanText';
import { cancellerOf } from '../sellerFault';
import { CARRIER_TRACKING, carrierOf } from '../trackingNumbers';
import type { EvidenceMetric } from './evidenceMetric';

/** What a rule reads of one order counted against the shop: its times (wall-clock ms, NaN when blank) and cells. */
export interface OrderFacts {
  readonly rts: number;
  readonly shipped: number;
  readonly deadline: number;
  /** The deadline with the announced exemption days also skipped (NaN: none given). */
  readonly exemptDeadline: number;
  readonly tracking: unknown;
  readonly provider: unknown;
  readonly cancelBy: unknown;
  readonly cancelReason: unknown;
}

/** Where a rule comes from: a Seller University page, or nothing found (a possible ground only). */
export interface RuleSource {
  readonly title: string;
  readonly url: string;
}

/** A ground to dispute an order's count, as data: what it matches, what the seller must still attach, and its source. */
export interface DisputeRule {
  readonly id: string;
  readonly metric: EvidenceMetric;
  readonly title: string;
  /** What in the export the rule matches, in words, naming the ready-to-ship column as the export names it ('RTS Time', UK 'RTH Time'). */
  readonly matches: (rtsHeader: string) => string;
  /** The evidence the seller must still attach: the export alone proves nothing to TikTok. */
  readonly attach: readonly string[];
  readonly source?: RuleSource;
  readonly test: (order: OrderFacts) => boolean;
}

/** Seller University's Thai page: named as regional, not as the market's own (no such page was found for other markets). */
const FULFILMENT_APPEALS: RuleSource = {
  title: 'Appeal Documentation for Fulfilment-related Violations (TikTok Shop Seller University (Thailand))',
  url: 'https://seller-th.tiktok.com/university/essay?knowledge_id=6543795748488961&lang=en',
};

const BUYER_ASKED =
  /(buyer|customer|shopper)\W+(\w+\W+)?(request|asked|want|changed)|request(ed)? by (the )?(buyer|customer)|(buyer|customer)'?s request/i;
const BAD_ADDRESS = /address|undeliverable|invalid (buyer|customer|recipient)|wrong (buyer|customer|recipient)/i;
const SHIP_IN_TIME = /(fail(ed)?|not) (to )?(ship|dispatch)|ship(ping)? (sla|timeout|overdue)|late (ship|dispatch)|not shipped|auto/i;

/** The tracking text as judged: spaces and dashes removed, upper case. */
const trackingText = (tracking: unknown): string =>
  cleanText(tracking)
    .replace(/[\s-]+/g, '')
    .toUpperCase();

/** A number cell too long for a spreadsheet to hold every digit (9.4E+21), or text written that way. */
function lostDigits(tracking: unknown): boolean {
  if (typeof tracking === 'number') return Number.isFinite(tracking) && !Number.isSafeInteger(tracking) && tracking > 0;
  return /^\d(\.\d+)?E\+\d+$/.test(trackingText(tracking));
}

/** The first other carrier (most specific formats first) whose formats the number fits, when the named carrier's do not. */
export function otherCarrierOf(tracking: unknown, provider: unknown): string | undefined {
  const text = trackingText(tracking);
  const named = carrierOf(provider);
  if (!text || (named && named.formats.some((format) => format.test(text)))) return undefined;
  return CARRIER_TRACKING.find((c) => c !== named && c.formats.some((format) => format.test(text)))?.carrier;
}

/**
 * The dispute rules, in the order they are tried (the first that matches is the order's rule). Sources
 * checked on Seller University; a rule with no source is a possible ground the pack marks as unsourced.
 */
export const DISPUTE_RULES: readonly DisputeRule[] = [
  {
    id: 'LDR-READY-ON-TIME',
    metric: 'LDR',
    title: 'Ready to ship before the deadline, collected after it',
    matches: (rts) => `'${rts}' is at or before the dispatch deadline and 'Shipped Time' after it: the carrier's pick-up or first scan was late.`,
    attach: [
      "the carrier's pick-up manifest or first-scan record naming the Order ID, with the handover time",
      'a timestamped photo or CCTV still of the parcel ready for collection',
      "messages with the carrier showing a missed or short pick-up, and your warehouse's dispatch log with the Order ID",
    ],
    source: FULFILMENT_APPEALS,
    test: (o) => !isNaN(o.rts) && o.rts <= o.deadline && o.shipped > o.deadline,
  },
  {
    id: 'LDR-EXEMPT-DAY',
    metric: 'LDR',
    title: 'An announced exemption day inside the SLA',
    matches: () =>
      'With the exemption days you listed (a platform logistics exemption, a carrier closure, force majeure) skipped like holidays, the order shipped on time.',
    attach: [
      "a screenshot of TikTok Shop's announcement (or the carrier's closure notice) covering the day",
      "the carrier's first scan of the parcel",
    ],
    test: (o) => !isNaN(o.exemptDeadline) && o.shipped <= o.exemptDeadline,
  },
  {
    id: 'VTR-DIGITS-LOST',
    metric: 'VTR',
    title: 'Tracking number cut short by a spreadsheet',
    matches: () =>
      "'Tracking ID' is a number too long for a spreadsheet to keep (shown as 9.4E+21): the export lost its digits, Seller Center may hold a valid one.",
    attach: ["a screenshot of the order's tracking number in Seller Center", "the carrier's tracking page for that number"],
    test: (o) => lostDigits(o.tracking),
  },
  {
    id: 'VTR-OTHER-CARRIER',
    metric: 'VTR',
    title: 'A valid number of another carrier',
    matches: () => "The number does not fit the carrier in 'Shipping Provider Name' but fits another known carrier's: the carrier was mis-selected.",
    attach: ["the real carrier's tracking page for the number, showing the parcel moving", 'the corrected carrier in Seller Center'],
    test: (o) => otherCarrierOf(o.tracking, o.provider) !== undefined,
  },
  {
    id: 'SFCR-BUYER-ASKED',
    metric: 'SFCR',
    title: "Cancelled at the buyer's request",
    matches: () => "'Cancel Reason' says the buyer asked for the cancellation, although the seller or the system pressed the button.",
    attach: ["the buyer's request to cancel in the order's chat, with the Order ID (send it to TikTok only; it is not in this pack)"],
    test: (o) => BUYER_ASKED.test(cleanText(o.cancelReason)),
  },
  {
    id: 'SFCR-BAD-ADDRESS',
    metric: 'SFCR',
    title: 'Undeliverable address or invalid buyer details',
    matches: () => "'Cancel Reason' names an undeliverable address or invalid buyer information.",
    attach: ["the carrier's undeliverable-address notice", 'your request to the buyer to correct the address, with the Order ID'],
    test: (o) => BAD_ADDRESS.test(cleanText(o.cancelReason)),
  },
  {
    id: 'SFCR-READY-AUTO-CANCELLED',
    metric: 'SFCR',
    title: 'Auto-cancelled although ready to ship',
    matches: (rts) =>
      `The system cancelled the order for not shipping in time, but '${rts}' shows it was marked ready to ship: the carrier did not collect.`,
    attach: [
      "the carrier's tracking screenshot with the 'awaiting pick-up' time before the auto-cancellation cut-off",
      'messages with the carrier about the missed pick-up',
    ],
    source: FULFILMENT_APPEALS,
    test: (o) => !isNaN(o.rts) && cancellerOf(o.cancelBy) === 'system' && SHIP_IN_TIME.test(cleanText(o.cancelReason)),
  },
];

/** The first rule of the metric that matches the order, if any. */
export function disputeRuleFor(metric: EvidenceMetric, order: OrderFacts): DisputeRule | undefined {
  return DISPUTE_RULES.find((rule) => rule.metric === metric && rule.test(order));
}
