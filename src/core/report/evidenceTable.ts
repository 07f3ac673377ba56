import type { EvidenceOrder, EvidencePack } from '../health/evidence/evidencePack';

/** The pack's order table, the same columns in the Doc, the HTML, the Markdown, the CSV and the evidence tab. */
export const EVIDENCE_COLUMNS = [
  'Order ID',
  'Paid',
  'Dispatch deadline',
  'Deadline basis',
  'Ready to ship',
  'Shipped',
  'Carrier',
  'Tracking number',
  'Delivered',
  'Why it counts',
  'Dispute ground',
] as const;

/** "LDR-READY-ON-TIME: Ready to ship before the deadline, collected after it", or '' when no rule applies. */
export const groundText = (order: EvidenceOrder): string => (order.rule ? `${order.rule.id}: ${order.rule.title}` : '');

/** One row per order counted against the shop, in EVIDENCE_COLUMNS order. */
export function evidenceRows(pack: EvidencePack): string[][] {
  return pack.orders.map((o) => [
    o.orderId,
    o.paidTime,
    o.deadline,
    o.deadlineBasis,
    o.rtsTime,
    o.shippedTime,
    o.carrier,
    o.trackingId,
    o.deliveredTime,
    o.reason,
    groundText(o),
  ]);
}

/** The table the Doc and the HTML show: the CSV's columns, with the deadline's basis under it and the carrier beside its number, so it fits a page. */
export const EVIDENCE_SHOWN_COLUMNS = [
  'Order ID',
  'Paid',
  'Dispatch deadline',
  'Ready to ship',
  'Shipped',
  'Delivered',
  'Carrier and tracking',
  'Why it counts',
  'Dispute ground',
];

export function evidenceShownRows(pack: EvidencePack): string[][] {
  return pack.orders.map((o) => [
    o.orderId,
    o.paidTime,
    o.deadlineBasis ? `${o.deadline}\n(${o.deadlineBasis})` : o.deadline,
    o.rtsTime,
    o.shippedTime,
    o.deliveredTime,
    [o.carrier, o.trackingId].filter(Boolean).join(' '),
    o.reason,
    groundText(o),
  ]);
}
