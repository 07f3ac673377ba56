import { QA_SOURCES } from './qaSources';

/** Listing, promotion and link QA thresholds. Discounts are fractions (0.05 = 5%); money is in the shop's currency. */
export interface QaSettings {
  titleMinChars: number;
  titleMaxChars: number;
  promotionalPhrases: readonly string[];
  platformNames: readonly string[];
  counterfeitWords: readonly string[];
  allCapsMinLetters: number;
  minImages: number;
  maxImages: number;
  descriptionMinWords: number;
  descriptionMaxChars: number;
  priceMin: number;
  priceMax: number;
  sellerSkuMaxChars: number;
  productDiscountMin: number;
  productDiscountMax: number;
  flashDealDiscountMin: number;
  flashDealDiscountMax: number;
  couponDiscountMin: number;
  couponDiscountMax: number;
  couponMinAmountOff: number;
  flashDealMaxHours: number;
  bmsmMaxTiers: number;
  socialSources: readonly string[];
  organicSocialMediums: readonly string[];
}

export const DEFAULT_QA_SETTINGS: QaSettings = {
  titleMinChars: 1,
  titleMaxChars: 255,
  promotionalPhrases: [
    '% off',
    'free shipping',
    'free gift',
    'free delivery',
    'for free',
    'limited time',
    'limited offer',
    'buy one get one',
    'buy 1 get 1',
    'bogo',
    'on sale',
    'flash sale',
    'hot sale',
    'clearance',
    'best price',
    'lowest price',
    'cheapest',
  ],
  platformNames: [
    'TikTok',
    'Tik Tok',
    'Amazon',
    'Shein',
    'Temu',
    'Walmart',
    'eBay',
    'Etsy',
    'AliExpress',
    'Alibaba',
    'Instagram',
    'Facebook',
    'YouTube',
    'Shopify',
  ],
  counterfeitWords: ['dupe', 'dupes', 'fake', 'knock-off', 'knock-offs', 'replica', 'counterfeit'],
  allCapsMinLetters: 10,
  minImages: 5,
  maxImages: 9,
  descriptionMinWords: 30,
  descriptionMaxChars: 10_000,
  priceMin: 0.01,
  priceMax: 7_600,
  sellerSkuMaxChars: 50,
  productDiscountMin: 0.05,
  productDiscountMax: 0.9,
  flashDealDiscountMin: 0.1,
  flashDealDiscountMax: 0.9,
  couponDiscountMin: 0.05,
  couponDiscountMax: 0.5,
  couponMinAmountOff: 0.5,
  flashDealMaxHours: 72,
  bmsmMaxTiers: 2,
  socialSources: [
    'tiktok',
    'facebook',
    'fb',
    'instagram',
    'ig',
    'meta',
    'pinterest',
    'snapchat',
    'twitter',
    'x',
    'linkedin',
    'youtube',
    'reddit',
    'threads',
    'lemon8',
  ],
  organicSocialMediums: ['social', 'social-network', 'social-media', 'sm', 'social network', 'social media'],
};

const AGENCY = 'Agency default, not TikTok policy.';

/** What the Settings tab shows next to each value. */
export const QA_SETTING_NOTES: Record<keyof QaSettings, { label: string; description: string; source: string }> = {
  titleMinChars: {
    label: 'Title minimum characters',
    description: 'Shorter titles are an error. 1 in the US and UK; 25 in other markets.',
    source: QA_SOURCES.titleRules,
  },
  titleMaxChars: { label: 'Title maximum characters', description: 'Longer titles are an error.', source: QA_SOURCES.titleRules },
  promotionalPhrases: {
    label: 'Promotional phrases',
    description: 'Phrases a title may not contain (case, spaces and hyphens ignored). "% off" also matches "20% off".',
    source: QA_SOURCES.titleRules,
  },
  platformNames: {
    label: 'Platform names',
    description: 'Marketplaces and social networks a title may not name.',
    source: QA_SOURCES.titleRules,
  },
  counterfeitWords: {
    label: 'Counterfeit words',
    description: 'Dupe, fake and knock-off claims a title may not make.',
    source: QA_SOURCES.titleRules,
  },
  allCapsMinLetters: {
    label: 'All-caps minimum letters',
    description: 'A title with at least this many letters and no lower-case letter is flagged as ALL CAPS (short codes such as "USB-C" are not).',
    source: `${AGENCY} The rule itself: ${QA_SOURCES.titleRules}.`,
  },
  minImages: { label: 'Recommended main images', description: 'Fewer main images is a warning; none is an error.', source: QA_SOURCES.images },
  maxImages: { label: 'Maximum main images', description: 'More main images is an error.', source: QA_SOURCES.images },
  descriptionMinWords: {
    label: 'Description minimum words',
    description: 'Shorter descriptions are a warning; a blank one is an error.',
    source: QA_SOURCES.description,
  },
  descriptionMaxChars: { label: 'Description maximum characters', description: 'Longer descriptions are an error.', source: QA_SOURCES.description },
  priceMin: {
    label: 'Lowest listing price',
    description: 'A price below this (0 and negative included) is an error.',
    source: QA_SOURCES.listingLimits,
  },
  priceMax: { label: 'Highest listing price', description: 'A price above this is an error.', source: QA_SOURCES.listingLimits },
  sellerSkuMaxChars: { label: 'Seller SKU maximum characters', description: 'Longer Seller SKUs are an error.', source: QA_SOURCES.listingLimits },
  productDiscountMin: {
    label: 'Product discount minimum',
    description: 'Smallest discount a product discount may give.',
    source: QA_SOURCES.productDiscount,
  },
  productDiscountMax: {
    label: 'Product discount maximum',
    description: 'Largest discount a product discount may give.',
    source: QA_SOURCES.productDiscount,
  },
  flashDealDiscountMin: {
    label: 'Flash deal discount minimum',
    description: 'Smallest discount a flash deal may give.',
    source: QA_SOURCES.flashDeal,
  },
  flashDealDiscountMax: {
    label: 'Flash deal discount maximum',
    description: 'Largest discount a flash deal may give.',
    source: QA_SOURCES.flashDeal,
  },
  couponDiscountMin: { label: 'Coupon discount minimum', description: 'Smallest discount a seller coupon may give.', source: QA_SOURCES.coupon },
  couponDiscountMax: {
    label: 'Coupon discount maximum',
    description: 'Largest discount a seller coupon may give (TikTok announced a widening to 90%).',
    source: QA_SOURCES.coupon,
  },
  couponMinAmountOff: { label: 'Coupon minimum amount off', description: 'A coupon must take at least this much off.', source: QA_SOURCES.coupon },
  flashDealMaxHours: { label: 'Flash deal maximum hours', description: 'A longer flash deal is an error.', source: QA_SOURCES.flashDeal },
  bmsmMaxTiers: {
    label: 'Buy-more-save-more maximum tiers',
    description: 'More tiers are an error (the Promos tab reads up to 3 tiers).',
    source: QA_SOURCES.bmsm,
  },
  socialSources: {
    label: 'Social network sources',
    description: 'utm_source values (or parts of them, such as facebook in m.facebook.com) that GA4 treats as a social network.',
    source: QA_SOURCES.ga4Channels,
  },
  organicSocialMediums: {
    label: 'Organic social mediums',
    description:
      'Mediums GA4 files as Organic Social; a social link with one of these is taken as a deliberate organic link, not a paid-social mistake. Clear the list to flag every social link whose medium is not paid.',
    source: 'Google Analytics help support.google.com/analytics/answer/9756891 (Organic Social: medium social, social-network, social-media, sm).',
  },
};
