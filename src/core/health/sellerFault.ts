import { cleanText } from '../values/cleanText';
import { reasonKind } from './cancelReasons';

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
 * A cancelled order counts against SFCR when 'Cancel By' is the seller, or the system for a reason that is not one of
 * the system's own (unpaid, failed delivery, fraud), or (no known canceller) when the reason itself is a seller-fault
 * reason; a buyer's cancellation never counts.
 */
export function isSellerFaultCancel(cancelBy: unknown, reason: unknown): boolean {
  const by = cancellerOf(cancelBy);
  if (by === 'buyer') return false;
  if (by === 'seller') return true;
  const kind = reasonKind(reason);
  return by === 'system' ? kind !== 'notSeller' : kind === 'seller';
}

/** A cancellation neither its 'Cancel By' nor its reason decides: not counted, and said, never silently the buyer's. */
export function isUndecidedCancel(cancelBy: unknown, reason: unknown): boolean {
  const by = cancellerOf(cancelBy);
  const kind = reasonKind(reason);
  return (by === 'blank' || by === 'unrecognised') && (kind === 'unknown' || kind === 'blank');
}
