// Where each QA check's limit comes from, for docs/CHECKS.md only: the add-on never shows it, so no runtime module imports this and it stays out of the Apps Script bundle.
import type { CommonRuleId } from './commonRules';
import type { ListingRuleId } from './listingRules';
import type { PromoRuleId } from './promoRules';
import { QA_SOURCES, sellerUniversity } from '../settings/qaSources';
import type { QaSettings } from '../settings/qaSettings';
import type { UtmRuleId } from './utmRules';

export interface RuleReference {
  /** The settings the rule compares against; the docs show their defaults. */
  readonly settings: readonly (keyof QaSettings)[];
  readonly source: string;
}

export type RuleReferences<Id extends string> = { readonly [id in Id]: RuleReference };

/** Sources only the checks cite (the Settings tab cites QA_SOURCES). */
const RULE_SOURCES = {
  gtin: 'GS1 General Specifications, check digit calculation (mod 10, weights 3 and 1 from the right)',
  duplicateListing: `${sellerUniversity('US', '8519326693148462', 'fair pricing: listed price is the lowest variant, one listing per product')}; add-on rule`,
  campaign: sellerUniversity('US', '7691250170332942', 'campaign price at or below the 30-day low; reserved stock'),
  trackerHygiene: 'Add-on rule: a cell, row or column the checks cannot read or match is reported, not skipped',
  utmHygiene:
    'Google Analytics help, "Collect campaign data with custom URLs" (utm_source, utm_medium, utm_campaign always; values are case-sensitive; no spaces; one value per key)',
  tiktokMacros: 'TikTok Ads help, "supported macros" (__CAMPAIGN_NAME__, __CID__, ... are filled in only inside an ad\'s URL)',
  clickIds: 'TikTok Ads help ads.tiktok.com/help/article/tiktok-click-id (ttclid is appended to each ad click)',
} as const;

/** What each page the Settings tab cites says, for the docs (the Settings tab's Description and Default already state the limits). */
const QA_SOURCES_SAY: Record<keyof typeof QA_SOURCES, string> = {
  titleRules: 'title 1–255 characters in US/UK, 25–255 elsewhere; no promotional wording, URLs, platforms, symbols, dupe claims',
  images: '1–9 main images, at least 5 recommended',
  description: 'description at most 10,000 characters, at least 30 words recommended',
  listingLimits: 'Seller SKU at most 50 characters; US price 0.01–7,600 USD; UPC 12 digits, EAN 8/13/14',
  productDiscount: 'product discount 5–90% since 30 Sep 2024',
  flashDeal: 'flash deal at most 72 hours, 10–90% off, below the lowest price of the last 30 days, not with campaign prices',
  coupon: 'seller coupon 5–50% and at least $0.50 off',
  bmsm: 'at most 2 tiers, each with more quantity and more discount; not in a flash deal or another BMSM at the same time',
  ga4Channels: 'Paid Social: social source and medium matching ^(.*cp.*|ppc|retargeting|paid.*)$',
};

const cited = (key: keyof typeof QA_SOURCES): string => `${QA_SOURCES[key]}: ${QA_SOURCES_SAY[key]}`;

const BANDS = `${cited('productDiscount')}; ${cited('flashDeal')}; ${cited('coupon')}`;

const COMMON_RULE_REFERENCES: RuleReferences<CommonRuleId> = {
  'column-missing': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'value-unreadable': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'sku-missing': { settings: [], source: cited('listingLimits') },
};

export const LISTING_RULE_REFERENCES: RuleReferences<ListingRuleId> = {
  ...COMMON_RULE_REFERENCES,
  'sku-too-long': { settings: ['sellerSkuMaxChars'], source: cited('listingLimits') },
  'sku-duplicate': { settings: [], source: cited('listingLimits') },
  'title-missing': { settings: ['titleMinChars', 'titleMaxChars'], source: cited('titleRules') },
  'title-length': { settings: ['titleMinChars', 'titleMaxChars'], source: cited('titleRules') },
  'title-promotional': { settings: ['promotionalPhrases'], source: cited('titleRules') },
  'title-url': { settings: [], source: cited('titleRules') },
  'title-platform': { settings: ['platformNames'], source: cited('titleRules') },
  'title-counterfeit': { settings: ['counterfeitWords'], source: cited('titleRules') },
  'title-all-caps': { settings: ['allCapsMinLetters'], source: cited('titleRules') },
  'title-symbols': { settings: [], source: cited('titleRules') },
  'title-duplicate': { settings: [], source: RULE_SOURCES.duplicateListing },
  'images-none': { settings: ['minImages', 'maxImages'], source: cited('images') },
  'images-few': { settings: ['minImages'], source: cited('images') },
  'images-too-many': { settings: ['maxImages'], source: cited('images') },
  'description-missing': { settings: ['descriptionMinWords'], source: cited('description') },
  'description-short': { settings: ['descriptionMinWords'], source: cited('description') },
  'description-too-long': { settings: ['descriptionMaxChars'], source: cited('description') },
  'price-missing': { settings: ['priceMin', 'priceMax'], source: cited('listingLimits') },
  'price-range': { settings: ['priceMin', 'priceMax'], source: cited('listingLimits') },
  'gtin-format': { settings: [], source: RULE_SOURCES.gtin },
  'gtin-check-digit': { settings: [], source: RULE_SOURCES.gtin },
};

export const PROMO_RULE_REFERENCES: RuleReferences<PromoRuleId> = {
  ...COMMON_RULE_REFERENCES,
  'promo-type-unknown': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'sku-unknown': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'list-price-mismatch': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'price-not-positive': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'promo-price-not-below-list': { settings: [], source: BANDS },
  'discount-missing': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'discount-out-of-band': {
    settings: ['productDiscountMin', 'productDiscountMax', 'flashDealDiscountMin', 'flashDealDiscountMax', 'couponDiscountMin', 'couponDiscountMax'],
    source: BANDS,
  },
  'coupon-amount-too-small': { settings: ['couponMinAmountOff'], source: cited('coupon') },
  'end-before-start': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'flash-deal-too-long': { settings: ['flashDealMaxHours'], source: cited('flashDeal') },
  'price-not-below-30-day-low': { settings: [], source: `${cited('flashDeal')}; ${RULE_SOURCES.campaign}` },
  'promo-overlap': { settings: [], source: `${cited('bmsm')}; ${cited('flashDeal')}` },
  'bmsm-tiers-not-increasing': { settings: [], source: cited('bmsm') },
  'bmsm-too-many-tiers': { settings: ['bmsmMaxTiers'], source: cited('bmsm') },
  'stock-zero': { settings: [], source: RULE_SOURCES.campaign },
};

export const UTM_RULE_REFERENCES: RuleReferences<UtmRuleId> = {
  'not-a-url': { settings: [], source: RULE_SOURCES.utmHygiene },
  'utm-missing': { settings: [], source: RULE_SOURCES.utmHygiene },
  'utm-empty': { settings: [], source: RULE_SOURCES.utmHygiene },
  'utm-upper-case': { settings: [], source: RULE_SOURCES.utmHygiene },
  'utm-space': { settings: [], source: RULE_SOURCES.utmHygiene },
  'key-repeated': { settings: [], source: RULE_SOURCES.utmHygiene },
  'bad-encoding': { settings: [], source: RULE_SOURCES.utmHygiene },
  'paid-social-medium': { settings: ['socialSources', 'organicSocialMediums'], source: cited('ga4Channels') },
  'tiktok-macro': { settings: [], source: RULE_SOURCES.tiktokMacros },
  'click-id': { settings: [], source: RULE_SOURCES.clickIds },
};
