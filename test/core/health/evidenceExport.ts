// A demo client's order export with a planted case of every dispute rule, look-alikes that are not disputable, and buyer data that must never surface.
import { usTime } from './orderExport';

export const EVIDENCE_HEADERS = [
  'Order ID',
  'Order Status',
  'Cancelation/Return Type',
  'Normal or Pre-order',
  'SKU ID',
  'Seller SKU',
  'Quantity',
  'SKU Subtotal After Discount',
  'Paid Time',
  'RTS Time',
  'Shipped Time',
  'Delivered Time',
  'Cancel By',
  'Cancel Reason',
  'Fulfillment Type',
  'Tracking ID',
  'Shipping Provider Name',
  'Recipient',
  'Phone #',
  'Address Line 1',
  'Buyer Message',
];

/** Planted on every line: none may appear in any output. */
export const BUYER = { name: 'Zelda Quixote', phone: '(+1)917-555-0188', address: '1234 Elm Street, Springfield', message: 'Please ring twice' };

export interface EvidenceSpec {
  id: string;
  paid: string;
  rts?: string;
  shipped?: string;
  delivered?: string;
  cancelBy?: string;
  reason?: string;
  fbt?: boolean;
  tracking?: unknown;
  carrier?: string;
  lines?: number;
  /** The rule the pack must give it (hand-worked), null for a look-alike; absent for an order not counted against the shop. */
  expected?: string | null;
}

const USPS = (n: number): string => `94001112025558427${String(n).padStart(5, '0')}`;

/** Window 2026-11-16 (Mon) – 2026-11-29 (Sun); Thanksgiving 2026-11-26 (US federal holiday); SLA 2 business days, end of day. */
export const WINDOW = { from: '2026-11-16', to: '2026-11-29' };
export const EXEMPT_DAY = '2026-11-23';

/** 90 orders paid and shipped the same day, valid USPS tracking. */
const FILLERS: EvidenceSpec[] = Array.from({ length: 90 }, (_, i) => {
  const day = `2026-11-${16 + (i % 10)}`;
  return { id: `57700000000000${String(i).padStart(4, '0')}`, paid: `${day} 09:00`, shipped: `${day} 15:00`, tracking: USPS(i), carrier: 'USPS' };
});

export const PLANTED: EvidenceSpec[] = [
  // LDR: paid Mon 10:00 → deadline Wed 11-18 23:59; ready Wed 15:00, collected Thu 09:00.
  {
    id: '578000000000000001',
    paid: '2026-11-16 10:00',
    rts: '2026-11-18 15:00',
    shipped: '2026-11-19 09:00',
    tracking: USPS(901),
    carrier: 'USPS',
    lines: 2,
    expected: 'LDR-READY-ON-TIME',
  },
  // Look-alike: ready only after the deadline.
  {
    id: '578000000000000002',
    paid: '2026-11-16 11:00',
    rts: '2026-11-19 08:00',
    shipped: '2026-11-19 12:00',
    tracking: USPS(902),
    carrier: 'USPS',
    expected: null,
  },
  // Look-alike: late with no RTS Time at all.
  { id: '578000000000000003', paid: '2026-11-17 09:00', shipped: '2026-11-20 10:00', tracking: USPS(903), carrier: 'USPS', expected: null },
  // Paid Fri 11-20 → deadline Tue 11-24; shipped Wed 11-25: on time once 11-23 is an exemption day.
  {
    id: '578000000000000004',
    paid: '2026-11-20 09:00',
    shipped: '2026-11-25 10:00',
    tracking: USPS(904),
    carrier: 'USPS',
    expected: 'LDR-EXEMPT-DAY',
  },
  // Look-alike: paid Tue 11-24 → deadline Fri 11-27 (Thanksgiving skipped); shipped Sat 11-28: the exemption day is before it.
  { id: '578000000000000005', paid: '2026-11-24 09:00', shipped: '2026-11-28 10:00', tracking: USPS(905), carrier: 'USPS', expected: null },
  // FBT and late: in no rate.
  { id: '578000000000000006', paid: '2026-11-16 09:00', shipped: '2026-11-23 09:00', fbt: true, tracking: 'TBD', carrier: 'USPS' },
  // VTR: a 22-digit number a spreadsheet kept as 9.4E+21.
  {
    id: '578000000000000011',
    paid: '2026-11-18 09:00',
    shipped: '2026-11-18 16:00',
    tracking: 9.400111202555843e21,
    carrier: 'USPS',
    expected: 'VTR-DIGITS-LOST',
  },
  // VTR: a UPS number under USPS.
  {
    id: '578000000000000012',
    paid: '2026-11-18 09:00',
    shipped: '2026-11-18 16:00',
    tracking: '1Z999AA10123456784',
    carrier: 'USPS',
    expected: 'VTR-OTHER-CARRIER',
  },
  // Look-alikes: no number; a number no carrier uses.
  { id: '578000000000000013', paid: '2026-11-19 09:00', shipped: '2026-11-19 16:00', tracking: 'TBD', carrier: 'USPS', expected: null },
  { id: '578000000000000014', paid: '2026-11-19 09:00', shipped: '2026-11-19 16:00', tracking: '12345', carrier: 'USPS', expected: null },
  // SFCR: seller pressed cancel at the buyer's request; undeliverable address; auto-cancelled although ready.
  { id: '578000000000000021', paid: '2026-11-20 09:00', cancelBy: 'Seller', reason: 'Buyer requested cancellation', expected: 'SFCR-BUYER-ASKED' },
  { id: '578000000000000022', paid: '2026-11-20 10:00', cancelBy: 'Seller', reason: 'Address undeliverable', expected: 'SFCR-BAD-ADDRESS' },
  {
    id: '578000000000000023',
    paid: '2026-11-21 10:00',
    rts: '2026-11-24 11:00',
    cancelBy: 'System',
    reason: 'Not shipped in time (auto-cancelled)',
    expected: 'SFCR-READY-AUTO-CANCELLED',
  },
  // Look-alikes: auto-cancelled and never ready; out of stock.
  { id: '578000000000000024', paid: '2026-11-21 11:00', cancelBy: 'System', reason: 'Failed to ship in time', expected: null },
  { id: '578000000000000025', paid: '2026-11-22 11:00', cancelBy: 'Seller', reason: 'Out of stock', lines: 3, expected: null },
  // Not counted: the buyer cancelled; the system cancelled an unpaid order.
  { id: '578000000000000026', paid: '2026-11-22 12:00', cancelBy: 'Buyer', reason: 'Changed my mind' },
  { id: '578000000000000027', paid: '2026-11-23 12:00', cancelBy: 'System', reason: 'Payment not completed' },
];

export const EVIDENCE_ORDERS: EvidenceSpec[] = [...FILLERS, ...PLANTED];

/** The export as Seller Center writes it: header, description row, tab-suffixed IDs and times, buyer columns filled. */
export function evidenceExport(orders: readonly EvidenceSpec[] = EVIDENCE_ORDERS): unknown[][] {
  const rows: unknown[][] = [EVIDENCE_HEADERS.slice(), EVIDENCE_HEADERS.map((h) => `${h} of the order`)];
  for (const o of orders) {
    const cells: Record<string, unknown> = {
      'Order ID': `${o.id}\t`,
      'Order Status': o.cancelBy ? 'Cancelled' : o.delivered ? 'Delivered' : o.shipped ? 'Shipped' : 'To ship',
      'Cancelation/Return Type': o.cancelBy ? 'Cancel' : '',
      'Normal or Pre-order': 'Normal',
      Quantity: 1,
      'SKU Subtotal After Discount': 20,
      'Paid Time': usTime(o.paid),
      'RTS Time': o.rts ? usTime(o.rts) : '',
      'Shipped Time': o.shipped ? usTime(o.shipped) : '',
      'Delivered Time': o.delivered ? usTime(o.delivered) : '',
      'Cancel By': o.cancelBy ?? '',
      'Cancel Reason': o.reason ?? '',
      'Fulfillment Type': o.fbt ? 'Fulfillment by TikTok' : 'Fulfillment by seller',
      'Tracking ID': o.tracking ?? '',
      'Shipping Provider Name': o.carrier ?? '',
      Recipient: BUYER.name,
      'Phone #': BUYER.phone,
      'Address Line 1': BUYER.address,
      'Buyer Message': BUYER.message,
    };
    for (let line = 0; line < (o.lines ?? 1); line++)
      rows.push(
        EVIDENCE_HEADERS.map((h) => (h === 'Seller SKU' ? `SKU-${line + 1}` : h === 'SKU ID' ? `1729${o.id.slice(-6)}${line}` : (cells[h] ?? ''))),
      );
  }
  return rows;
}

/** Orders the pack must list for a metric, with their hand-worked rule (null: none). */
export function expectedRules(metric: 'LDR' | 'VTR' | 'SFCR'): [string, string | null][] {
  return PLANTED.filter((o) => o.expected !== undefined && prefixOf(o) === metric).map((o) => [o.id, o.expected ?? null]);
}

/** Which rate a planted order was planted for, by its ID block. */
function prefixOf(o: EvidenceSpec): string {
  const block = o.id.slice(-2, -1);
  return block === '0' ? 'LDR' : block === '1' ? 'VTR' : 'SFCR';
}
