// Where each QA default comes from: the Settings tab cites these pages; what each page says is in ruleReferences.ts (docs only).

/** The day the sources below were read. */
export const QA_SOURCES_READ_ON = '2026-11-25';

export const sellerUniversity = (region: 'US' | 'VN', id: string, title: string): string =>
  `TikTok Shop Seller University SU-${region}:${id} (${title})`;
const su = sellerUniversity;

export const QA_SOURCES = {
  titleRules: su('US', '3196690250417921', 'product listing rules'),
  images: su('US', '7073362639816491', 'product images'),
  description: su('VN', '5918681919178512', 'product description'),
  listingLimits: "Seller Center's product listing form (Seller SKU, price and barcode limits; docs/CHECKS.md)",
  productDiscount: su('US', '6837875102942977', 'product discount'),
  flashDeal: su('US', '6837877347124993', 'flash deal'),
  coupon: su('US', '6837901778568962', 'seller coupon'),
  bmsm: su('US', '7160023202432811', 'buy more save more'),
  ga4Channels: 'Google Analytics help support.google.com/analytics/answer/9756891 (default channel groups)',
} as const;
