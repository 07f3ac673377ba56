import type { Finding } from '../../../src/core/qa/finding';

/** 34 words: comfortably over the 30-word minimum. */
export const GOOD_DESCRIPTION =
  'Hand-thrown stoneware with a speckled glaze that looks different on every piece. Holds 12 oz of coffee or tea, ' +
  'is dishwasher and microwave safe, and ships in recycled packaging. Each mug is made in small batches.';

/** `row check` of each finding, in output order: compact to compare with a hand-checked list. */
export const rowChecks = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.row} ${f.check}`);

export const PRODUCT_HEADERS = ['Seller SKU', 'Product name', 'Variation', 'Price', 'Main images', 'Description', 'UPC/EAN'];

/** A product table with one or more hand-checked problems on most rows (row numbers count the header as 1). */
export function productTable(): unknown[][] {
  return [
    PRODUCT_HEADERS,
    ['MUG-01', 'Stoneware Coffee Mug 12 oz, Speckled Glaze', 'White', '$18.00', 6, GOOD_DESCRIPTION, '036000291452'],
    ['MUG-01-B', 'Stoneware Coffee Mug 12 oz, Speckled Glaze', 'Blue', 18, 6, GOOD_DESCRIPTION, 4006381333931],
    ['MUG-01', 'Stoneware Coffee Mug 12 oz, Speckled Glaze', 'White', 18, 6, GOOD_DESCRIPTION, ''],
    ['', 'Linen Tea Towel Set of 2 – FREE SHIPPING 20% off', '', 12, 5, GOOD_DESCRIPTION, ''],
    ['TOWEL-2', 'BEST LINEN TEA TOWELS EVER MADE', '', 12, 5, GOOD_DESCRIPTION, ''],
    ['CANDLE-1', '✨ Soy Candle Lavender ✨ | visit www.glowco.com', '', 24, 5, GOOD_DESCRIPTION, ''],
    ['BAG-7', 'Designer Dupe Tote Bag as seen on TikTok', '', 35, 5, GOOD_DESCRIPTION, ''],
    ['S'.repeat(51), '', '', 0, 0, '', '12345'],
    ['LAMP-3', 'Table Lamp ' + 'a'.repeat(300), '', -5, 3, 'Warm light for reading.', '036000291453'],
    [],
    ['VASE-4', 'Ceramic Bud Vase', '', 'call me', 12, 'word '.repeat(2001), 36000291452],
    ['PLATE-5', 'Dinner Plate', '', '', 5, GOOD_DESCRIPTION, ''],
    ['BOWL-6', 'Serving Bowl', '', 7600, 9, GOOD_DESCRIPTION, '7351-3537'],
    ['BOWL-7', 'Serving Bowl Large', '', 7600.01, 5, GOOD_DESCRIPTION, '10012345678902'],
    ['bowl-6', 'Serving Bowl XL', '', 0.01, 5, GOOD_DESCRIPTION, ''],
  ];
}

export const PRODUCTS_FOR_PROMOS = [
  ['Seller SKU', 'Product name', 'Price'],
  ['MUG-01', 'Stoneware Mug', 20],
  ['TEE-02', 'Cotton Tee', '$25.00'],
  ['CAP-03', 'Canvas Cap', 15],
];

export const PROMO_HEADERS = [
  'Seller SKU',
  'Type',
  'Promotion name',
  'List price',
  'Promo price',
  'Discount',
  'Amount off',
  'Start',
  'End',
  '30-day low',
  'Stock',
  'Tier 1 qty',
  'Tier 1 discount',
  'Tier 2 qty',
  'Tier 2 discount',
  'Tier 3 qty',
  'Tier 3 discount',
];

interface PromoRow {
  sku: string;
  type: string;
  list?: unknown;
  price?: unknown;
  discount?: unknown;
  off?: unknown;
  start?: unknown;
  end?: unknown;
  low?: unknown;
  stock?: unknown;
  tiers?: unknown[];
}

export const promoRow = (p: PromoRow): unknown[] => {
  const tiers = p.tiers ?? [];
  return [
    p.sku,
    p.type,
    '',
    p.list ?? '',
    p.price ?? '',
    p.discount ?? '',
    p.off ?? '',
    p.start ?? '',
    p.end ?? '',
    p.low ?? '',
    p.stock ?? '',
    ...Array.from({ length: 6 }, (_, i) => tiers[i] ?? ''),
  ];
};

/** A promotion tracker with hand-checked problems (row numbers count the header as 1). */
export function promoTable(): unknown[][] {
  return [
    PROMO_HEADERS,
    promoRow({ sku: 'MUG-01', type: 'Product discount', list: 20, price: 16, start: '2026-11-01', end: '2026-11-10', stock: 100 }),
    promoRow({ sku: 'MUG-01', type: 'Flash deal', list: 20, price: 15, start: '11/27/2026 8:00 PM', end: '11/29/2026 8:00 PM', low: 16, stock: 30 }),
    promoRow({ sku: 'MUG-01', type: 'Flash deal', list: 20, price: 19, start: '11/28/2026 10:00', end: '12/02/2026 10:00', low: 18, stock: 30 }),
    promoRow({ sku: 'MUG-01', type: 'Buy more save more', list: 20, start: '2026-11-29', end: '2026-12-05', stock: 50, tiers: [2, '10%', 3, '15%'] }),
    promoRow({ sku: 'CAP-03', type: 'BMSM', start: '2026-12-10', end: '2026-12-12', stock: 50, tiers: [2, '10%', 2, '15%', 4, '20%'] }),
    promoRow({ sku: 'TEE-02', type: 'Seller coupon', off: 0.4, start: '2026-11-20', end: '2026-11-30', stock: 200 }),
    promoRow({ sku: 'TEE-02', type: 'coupon', list: 25, discount: 60, start: '2026-11-20', end: '2026-11-30', stock: 200 }),
    promoRow({ sku: 'CAP-03', type: 'Product discount', list: 15, price: 12, start: '2026-12-01', end: '2026-11-30', stock: 0 }),
    promoRow({ sku: 'CAP-03', type: 'Product discount', list: 15, price: 12, start: '31/02/2026', end: '2026-03-05', stock: 'lots' }),
    promoRow({ sku: 'HAT-09', type: 'Product discount', list: 10, price: 12 }),
    promoRow({ sku: 'TEE-02', type: 'Product discount', list: 22, price: 18 }),
    promoRow({ sku: 'MUG-01', type: 'Mystery box', list: 20, price: 15 }),
    promoRow({ sku: 'MUG-01', type: 'Campaign', list: 20, price: 16, start: '2026-12-20', end: '2026-12-22', low: 15, stock: 10 }),
    promoRow({ sku: 'CAP-03', type: 'Flash deal', list: 15, start: '2026-12-20 10:00', end: '2026-12-21 10:00', low: 12, stock: 10 }),
    promoRow({ sku: 'CAP-03', type: 'Product discount', list: 15, price: -3 }),
    promoRow({ sku: '', type: 'Flash deal', list: 10, price: 8 }),
    promoRow({ sku: 'MUG-01', type: 'Campaign', list: 20, price: 15, start: '2026-12-24', end: '2026-12-26', low: 15, stock: 10 }),
  ];
}
