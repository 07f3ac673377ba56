import { columnsByKey } from '../table/columns';

const tierQuantity = (n: number): string[] => [`Tier ${n} qty`, `Tier ${n} quantity`, `Tier ${n} min qty`, `Tier ${n} buy`];
const tierDiscount = (n: number): string[] => [`Tier ${n} discount`, `Tier ${n} %`, `Tier ${n} discount %`, `Tier ${n} off`];

/** A promotion tracker, one row per SKU and promotion (the first header of each is the canonical one). */
export const PROMO_COLUMNS = columnsByKey({
  sellerSku: ['Seller SKU', 'SKU', 'Seller SKU ID', 'SKU code', 'Item SKU'],
  promoType: ['Type', 'Promo type', 'Promotion type', 'Deal type'],
  promoName: ['Promotion name', 'Promo name', 'Promotion', 'Deal name', 'Campaign name'],
  listPrice: ['List price', 'Price', 'Original price', 'Regular price', 'Retail price'],
  promoPrice: ['Promo price', 'Deal price', 'Sale price', 'Discounted price', 'Flash deal price', 'Campaign price'],
  discount: ['Discount', 'Discount %', '% off', 'Percent off', 'Discount percent'],
  amountOff: ['Amount off', '$ off', 'Discount amount', 'Coupon value'],
  start: ['Start', 'Start time', 'Start date', 'Starts', 'From'],
  end: ['End', 'End time', 'End date', 'Ends', 'Until'],
  lowest30: ['30-day low', 'Lowest price 30d', 'Lowest price (30 days)', '30 day low', 'Lowest price last 30 days', '30-day lowest price'],
  stock: ['Stock', 'Promo stock', 'Deal stock', 'Reserved stock', 'Promo quantity'],
  tier1Qty: tierQuantity(1),
  tier1Discount: tierDiscount(1),
  tier2Qty: tierQuantity(2),
  tier2Discount: tierDiscount(2),
  tier3Qty: tierQuantity(3),
  tier3Discount: tierDiscount(3),
});

export type PromoColumnKey = keyof typeof PROMO_COLUMNS;

export const TIER_KEYS = [
  ['tier1Qty', 'tier1Discount'],
  ['tier2Qty', 'tier2Discount'],
  ['tier3Qty', 'tier3Discount'],
] as const satisfies readonly (readonly [PromoColumnKey, PromoColumnKey])[];

/** Columns TTS_PROMO_QA needs to find the header row; the rest are optional. */
export const PROMO_REQUIRED: readonly PromoColumnKey[] = ['sellerSku', 'promoType'];

/** The Promos tab the set-up creates (a third buy-more-save-more tier is left out: TikTok allows two). */
export const PROMO_TAB_HEADERS: string[] = (
  [
    'sellerSku',
    'promoType',
    'promoName',
    'listPrice',
    'promoPrice',
    'discount',
    'amountOff',
    'start',
    'end',
    'lowest30',
    'stock',
    'tier1Qty',
    'tier1Discount',
    'tier2Qty',
    'tier2Discount',
  ] as const
).map((key) => PROMO_COLUMNS[key].headers[0]);
