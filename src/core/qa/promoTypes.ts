import type { QaSettings } from '../settings/qaSettings';

export type PromoTypeId = 'productDiscount' | 'flashDeal' | 'coupon' | 'bmsm' | 'campaign';

type NumberSetting = { [K in keyof QaSettings]: QaSettings[K] extends number ? K : never }[keyof QaSettings];

export interface PromoType {
  readonly label: string;
  /** What a tracker's Type column may say (compared in lower case, punctuation ignored). */
  readonly aliases: readonly string[];
  /** The discount band it must keep to. */
  readonly band?: { readonly min: NumberSetting; readonly max: NumberSetting };
  /** How its price must compare with the lowest price of the last 30 days. */
  readonly belowLowest30?: 'strictly' | 'or equal';
  /** Types a SKU may not be in at the same time as this one. */
  readonly conflictsWith: readonly PromoTypeId[];
}

/** TikTok Shop US promotion types and the rules each keeps to (sources in docs/CHECKS.md). */
export const PROMO_TYPES: { readonly [id in PromoTypeId]: PromoType } = {
  productDiscount: {
    label: 'Product discount',
    aliases: ['product discount', 'discount', 'price discount', 'product discounts'],
    band: { min: 'productDiscountMin', max: 'productDiscountMax' },
    conflictsWith: [],
  },
  flashDeal: {
    label: 'Flash deal',
    aliases: ['flash deal', 'flash sale', 'flash', 'flashdeal', 'lightning deal'],
    band: { min: 'flashDealDiscountMin', max: 'flashDealDiscountMax' },
    belowLowest30: 'strictly',
    conflictsWith: ['flashDeal', 'bmsm', 'campaign'],
  },
  coupon: {
    label: 'Seller coupon',
    aliases: ['seller coupon', 'coupon', 'voucher', 'shop coupon', 'store coupon'],
    band: { min: 'couponDiscountMin', max: 'couponDiscountMax' },
    conflictsWith: [],
  },
  bmsm: {
    label: 'Buy more save more',
    aliases: ['buy more save more', 'bmsm', 'tiered discount', 'volume discount'],
    conflictsWith: ['flashDeal', 'bmsm'],
  },
  campaign: {
    label: 'Campaign',
    aliases: ['campaign', 'campaign price', 'platform campaign', 'mega sale'],
    belowLowest30: 'or equal',
    conflictsWith: ['flashDeal'],
  },
};

const normalizeType = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const BY_ALIAS = new Map<string, PromoTypeId>();
for (const id of Object.keys(PROMO_TYPES) as PromoTypeId[]) for (const alias of PROMO_TYPES[id].aliases) BY_ALIAS.set(normalizeType(alias), id);

export function parsePromoType(text: string): PromoTypeId | undefined {
  return BY_ALIAS.get(normalizeType(text));
}

export const PROMO_TYPE_LABELS = (Object.keys(PROMO_TYPES) as PromoTypeId[]).map((id) => PROMO_TYPES[id].label);
