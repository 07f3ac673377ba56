import { QA_SOURCES } from './qaSources';
import { note, settingSection } from './settingNote';

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

const AGENCY = 'Agency default, not TikTok policy.';

const QA = settingSection<QaSettings>({
  titleMinChars: [
    1,
    note('Title minimum characters', 'Shorter titles are an error. 1 in the US and UK; 25 in other markets.', QA_SOURCES.titleRules),
  ],
  titleMaxChars: [255, note('Title maximum characters', 'Longer titles are an error.', QA_SOURCES.titleRules)],
  promotionalPhrases: [
    [
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
    note(
      'Promotional phrases',
      'Phrases a title may not contain (case, spaces and hyphens ignored). "% off" also matches "20% off".',
      QA_SOURCES.titleRules,
    ),
  ],
  platformNames: [
    [
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
    note('Platform names', 'Marketplaces and social networks a title may not name.', QA_SOURCES.titleRules),
  ],
  counterfeitWords: [
    ['dupe', 'dupes', 'fake', 'knock-off', 'knock-offs', 'replica', 'counterfeit'],
    note('Counterfeit words', 'Dupe, fake and knock-off claims a title may not make.', QA_SOURCES.titleRules),
  ],
  allCapsMinLetters: [
    10,
    note(
      'All-caps minimum letters',
      'A title with at least this many letters and no lower-case letter is flagged as ALL CAPS (short codes such as "USB-C" are not).',
      `${AGENCY} The rule itself: ${QA_SOURCES.titleRules}.`,
    ),
  ],
  minImages: [5, note('Recommended main images', 'Fewer main images is a warning; none is an error.', QA_SOURCES.images)],
  maxImages: [9, note('Maximum main images', 'More main images is an error.', QA_SOURCES.images)],
  descriptionMinWords: [
    30,
    note('Description minimum words', 'Shorter descriptions are a warning; a blank one is an error.', QA_SOURCES.description),
  ],
  descriptionMaxChars: [10_000, note('Description maximum characters', 'Longer descriptions are an error.', QA_SOURCES.description)],
  priceMin: [0.01, note('Lowest listing price', 'A price below this (0 and negative included) is an error.', QA_SOURCES.listingLimits)],
  priceMax: [7_600, note('Highest listing price', 'A price above this is an error.', QA_SOURCES.listingLimits)],
  sellerSkuMaxChars: [50, note('Seller SKU maximum characters', 'Longer Seller SKUs are an error.', QA_SOURCES.listingLimits)],
  productDiscountMin: [0.05, note('Product discount minimum', 'Smallest discount a product discount may give.', QA_SOURCES.productDiscount)],
  productDiscountMax: [0.9, note('Product discount maximum', 'Largest discount a product discount may give.', QA_SOURCES.productDiscount)],
  flashDealDiscountMin: [0.1, note('Flash deal discount minimum', 'Smallest discount a flash deal may give.', QA_SOURCES.flashDeal)],
  flashDealDiscountMax: [0.9, note('Flash deal discount maximum', 'Largest discount a flash deal may give.', QA_SOURCES.flashDeal)],
  couponDiscountMin: [0.05, note('Coupon discount minimum', 'Smallest discount a seller coupon may give.', QA_SOURCES.coupon)],
  couponDiscountMax: [
    0.5,
    note('Coupon discount maximum', 'Largest discount a seller coupon may give (TikTok announced a widening to 90%).', QA_SOURCES.coupon),
  ],
  couponMinAmountOff: [0.5, note('Coupon minimum amount off', 'A coupon must take at least this much off.', QA_SOURCES.coupon)],
  flashDealMaxHours: [72, note('Flash deal maximum hours', 'A longer flash deal is an error.', QA_SOURCES.flashDeal)],
  bmsmMaxTiers: [2, note('Buy-more-save-more maximum tiers', 'More tiers are an error (the Promos tab reads up to 3 tiers).', QA_SOURCES.bmsm)],
  socialSources: [
    [
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
    note(
      'Social network sources',
      'utm_source values (or parts of them, such as facebook in m.facebook.com) that GA4 treats as a social network.',
      QA_SOURCES.ga4Channels,
    ),
  ],
  organicSocialMediums: [
    ['social', 'social-network', 'social-media', 'sm', 'social network', 'social media'],
    note(
      'Organic social mediums',
      'Mediums GA4 files as Organic Social; a social link with one of these is taken as a deliberate organic link, not a paid-social mistake. Clear the list to flag every social link whose medium is not paid.',
      QA_SOURCES.ga4Channels,
    ),
  ],
});

export const DEFAULT_QA_SETTINGS: QaSettings = QA.defaults;
/** What the Settings tab shows next to each value. */
export const QA_SETTING_NOTES = QA.notes;
