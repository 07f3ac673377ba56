// Where each QA check's limit comes from, for docs/CHECKS.md only: the add-on never shows it, so no runtime module imports this and it stays out of the Apps Script bundle.
import type { CommonRuleId } from './commonRules';
import type { ListingRuleId } from './listingRules';
import type { PromoRuleId } from './promoRules';
import { FACTS, QA_SOURCES, sellerUniversity } from './qaSources';
import type { QaSettings } from './qaSettings';
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
  duplicateListing: `${FACTS}, product listing rules (fair pricing, one listing per product); add-on rule`,
  campaign: sellerUniversity('US', '7691250170332942', 'campaign price at or below the 30-day low; reserved stock'),
  trackerHygiene: 'Add-on rule: a cell, row or column the checks cannot read or match is reported, not skipped',
  utmHygiene: `${FACTS}, links and UTM hygiene (utm_source, utm_medium, utm_campaign always; lower case; no spaces; one value per key)`,
  tiktokMacros: 'TikTok Ads help, "supported macros" (__CAMPAIGN_NAME__, __CID__, ... are filled in only inside an ad\'s URL)',
  clickIds: 'TikTok Ads help ads.tiktok.com/help/article/tiktok-click-id (ttclid is appended to each ad click)',
} as const;

const BANDS = `${QA_SOURCES.productDiscount}; ${QA_SOURCES.flashDeal}; ${QA_SOURCES.coupon}`;

const COMMON_RULE_REFERENCES: RuleReferences<CommonRuleId> = {
  'column-missing': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'value-unreadable': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'sku-missing': { settings: [], source: QA_SOURCES.listingLimits },
};

export const LISTING_RULE_REFERENCES: RuleReferences<ListingRuleId> = {
  ...COMMON_RULE_REFERENCES,
  'sku-too-long': { settings: ['sellerSkuMaxChars'], source: QA_SOURCES.listingLimits },
  'sku-duplicate': { settings: [], source: QA_SOURCES.listingLimits },
  'title-missing': { settings: ['titleMinChars', 'titleMaxChars'], source: QA_SOURCES.titleRules },
  'title-length': { settings: ['titleMinChars', 'titleMaxChars'], source: QA_SOURCES.titleRules },
  'title-promotional': { settings: ['promotionalPhrases'], source: QA_SOURCES.titleRules },
  'title-url': { settings: [], source: QA_SOURCES.titleRules },
  'title-platform': { settings: ['platformNames'], source: QA_SOURCES.titleRules },
  'title-counterfeit': { settings: ['counterfeitWords'], source: QA_SOURCES.titleRules },
  'title-all-caps': { settings: ['allCapsMinLetters'], source: QA_SOURCES.titleRules },
  'title-symbols': { settings: [], source: QA_SOURCES.titleRules },
  'title-duplicate': { settings: [], source: RULE_SOURCES.duplicateListing },
  'images-none': { settings: ['minImages', 'maxImages'], source: QA_SOURCES.images },
  'images-few': { settings: ['minImages'], source: QA_SOURCES.images },
  'images-too-many': { settings: ['maxImages'], source: QA_SOURCES.images },
  'description-missing': { settings: ['descriptionMinWords'], source: QA_SOURCES.description },
  'description-short': { settings: ['descriptionMinWords'], source: QA_SOURCES.description },
  'description-too-long': { settings: ['descriptionMaxChars'], source: QA_SOURCES.description },
  'price-missing': { settings: ['priceMin', 'priceMax'], source: QA_SOURCES.listingLimits },
  'price-range': { settings: ['priceMin', 'priceMax'], source: QA_SOURCES.listingLimits },
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
  'coupon-amount-too-small': { settings: ['couponMinAmountOff'], source: QA_SOURCES.coupon },
  'end-before-start': { settings: [], source: RULE_SOURCES.trackerHygiene },
  'flash-deal-too-long': { settings: ['flashDealMaxHours'], source: QA_SOURCES.flashDeal },
  'price-not-below-30-day-low': { settings: [], source: `${QA_SOURCES.flashDeal}; ${RULE_SOURCES.campaign}` },
  'promo-overlap': { settings: [], source: `${QA_SOURCES.bmsm}; ${QA_SOURCES.flashDeal}` },
  'bmsm-tiers-not-increasing': { settings: [], source: QA_SOURCES.bmsm },
  'bmsm-too-many-tiers': { settings: ['bmsmMaxTiers'], source: QA_SOURCES.bmsm },
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
  'paid-social-medium': { settings: ['socialSources', 'organicSocialMediums'], source: QA_SOURCES.ga4Channels },
  'tiktok-macro': { settings: [], source: RULE_SOURCES.tiktokMacros },
  'click-id': { settings: [], source: RULE_SOURCES.clickIds },
};
