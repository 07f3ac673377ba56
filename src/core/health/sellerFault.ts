import { cleanText } from '../values/cleanText';

/**
 * Cancel reasons that are the seller's fault whoever pressed the button (SU-US:7953001314830094:
 * seller cancellations such as out of stock or a pricing error; system auto-cancellation for failing
 * to ship in time).
 */
export const SELLER_FAULT_REASONS: readonly RegExp[] = [
  /out of stock|no stock|stock ?out|sold out|inventory/i,
  /pric(e|ing) (error|mistake|incorrect)|wrong price|incorrect price/i,
  /unable to (ship|fulfil|deliver)|can(no|')t (ship|fulfil)|cannot (ship|fulfil)/i,
  /(fail(ed)?|not) (to )?(ship|dispatch|deliver)(ped)? (in|on) time|ship(ping)? (sla|timeout|overdue)|late (ship|dispatch)|not shipped/i,
  /tracking (not|never) (added|updated|uploaded)|no (valid )?tracking/i,
];

/** System cancellations that are nobody's fault or the buyer's (unpaid orders, a carrier losing a parcel, fraud checks). */
export const NOT_SELLER_SYSTEM_REASONS: readonly RegExp[] = [
  /pay(ment)?|unpaid/i,
  /deliver(y)? fail|failed (to )?deliver|lost|damaged|return(ed)? to sender/i,
  /fraud|suspicious|risk/i,
];

const BUYER = /buyer|customer|shopper/i;
const SELLER = /seller|merchant/i;
const SYSTEM = /system|platform|tiktok|auto/i;

/**
 * A cancelled order counts against SFCR when 'Cancel By' is the seller, or the system for a reason
 * that is not in NOT_SELLER_SYSTEM_REASONS, or when the reason itself is a seller-fault reason;
 * a buyer's cancellation never counts.
 */
export function isSellerFaultCancel(cancelBy: unknown, reason: unknown): boolean {
  const by = cleanText(cancelBy);
  const why = cleanText(reason);
  if (BUYER.test(by)) return false;
  if (SYSTEM.test(by) && !NOT_SELLER_SYSTEM_REASONS.some((r) => r.test(why))) return true;
  if (SELLER.test(by)) return true;
  return SELLER_FAULT_REASONS.some((r) => r.test(why));
}
