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

/**
 * System cancellations that are nobody's fault or the buyer's (unpaid orders, a carrier losing a parcel, fraud checks);
 * payment is also matched in the export languages of our markets, so a translated unpaid reason is not counted.
 */
export const NOT_SELLER_SYSTEM_REASONS: readonly RegExp[] = [
  /pay(ment)?|unpaid|pembayaran|bayar|thanh toán|ชำระ|pago|paiement|zahlung|pagamento|支払|付款|支付/i,
  /deliver(y)? fail|failed (to )?deliver|lost|damaged|return(ed)? to sender/i,
  /fraud|suspicious|risk/i,
];

/** Who cancelled, as 'Cancel By' says it in the languages of our markets' Seller Center (the ordinary words; no export sample is sourced). */
export type Canceller = 'buyer' | 'seller' | 'system' | 'blank' | 'unrecognised';

// \b keeps the German buyer (Käufer) from matching the seller (Verkäufer).
const CANCELLER_WORDS: readonly [Exclude<Canceller, 'blank' | 'unrecognised'>, RegExp][] = [
  ['buyer', /buyer|customer|shopper|pembeli|người mua|ผู้ซื้อ|comprador|acheteur|\bkäufer|kunde|acquirente|cliente|購入者|買い手|买家|買家/i],
  ['seller', /seller|merchant|penjual|người bán|ผู้ขาย|vendedor|vendeur|verkäufer|händler|venditore|販売者|出品者|セラー|卖家|賣家|商家/i],
  ['system', /system|platform|tiktok|auto|sistem|hệ thống|ระบบ|sistema|système|plataforma|plateforme|piattaforma|システム|系统|系統|平台/i],
];

export function cancellerOf(cancelBy: unknown): Canceller {
  const by = cleanText(cancelBy);
  if (!by) return 'blank';
  return CANCELLER_WORDS.find(([, words]) => words.test(by))?.[0] ?? 'unrecognised';
}

/**
 * A cancelled order counts against SFCR when 'Cancel By' is the seller, or the system for a reason
 * that is not in NOT_SELLER_SYSTEM_REASONS, or (whoever else is named) when the reason itself is a
 * seller-fault reason; a buyer's cancellation never counts.
 */
export function isSellerFaultCancel(cancelBy: unknown, reason: unknown): boolean {
  const by = cancellerOf(cancelBy);
  const why = cleanText(reason);
  if (by === 'buyer') return false;
  if (by === 'system' && !NOT_SELLER_SYSTEM_REASONS.some((r) => r.test(why))) return true;
  if (by === 'seller') return true;
  return SELLER_FAULT_REASONS.some((r) => r.test(why));
}
