// Where each QA default comes from, as summarised in shared/domain/tiktok-shop-facts.md (the Settings tab cites these; sources only the checks cite are in ruleReferences.ts).

/** The day the sources below were read for the facts file. */
export const QA_SOURCES_READ_ON = '2026-11-25';

export const FACTS = 'shared/domain/tiktok-shop-facts.md';
export const sellerUniversity = (region: 'US' | 'VN', id: string, what: string): string =>
  `TikTok Shop Seller University SU-${region}:${id} (${what})`;
const su = sellerUniversity;

export const QA_SOURCES = {
  titleRules: su(
    'US',
    '3196690250417921',
    'product listing rules: title 1–255 characters in US/UK, 25–255 elsewhere; no promotional wording, URLs, platforms, symbols, dupe claims',
  ),
  images: su('US', '7073362639816491', '1–9 main images, at least 5 recommended'),
  description: su('VN', '5918681919178512', 'description at most 10,000 characters, at least 30 words recommended'),
  listingLimits: `${FACTS}, product listing rules (Seller SKU at most 50 characters; US price 0.01–7,600 USD; UPC 12 digits, EAN 8/13/14)`,
  productDiscount: su('US', '6837875102942977', 'product discount 5–90% since 30 Sep 2024'),
  flashDeal: su(
    'US',
    '6837877347124993',
    'flash deal at most 72 hours, 10–90% off, below the lowest price of the last 30 days, not with campaign prices',
  ),
  coupon: su('US', '6837901778568962', 'seller coupon 5–50% and at least $0.50 off'),
  bmsm: su(
    'US',
    '7160023202432811',
    'buy more save more: at most 2 tiers, each with more quantity and more discount; not in a flash deal or another BMSM at the same time',
  ),
  ga4Channels:
    'Google Analytics help support.google.com/analytics/answer/9756891 (Paid Social: social source and medium matching ^(.*cp.*|ppc|retargeting|paid.*)$)',
} as const;
