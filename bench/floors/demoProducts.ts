import { gs1CheckDigit } from '../../src/core/qa/gtin';
import { DEFAULT_QA_SETTINGS } from '../../src/core/settings/qaSettings';
import { PRODUCT_TAB_HEADERS } from '../../src/core/qa/productColumns';
import { Rng } from '../../src/demo/random';

const WORDS = [
  'Hydrating',
  'Serum',
  'Vitamin',
  'Cream',
  'Silk',
  'Pillowcase',
  'Tumbler',
  'Insulated',
  'Mirror',
  'LED',
  'Portable',
  'Fan',
  'Mount',
  'Magnetic',
  'Organic',
  'Cotton',
  'Travel',
  'Set',
  'Kit',
  'Bottle',
];
const VARIATIONS = ['Black', 'White', 'Large', 'Small', 'Sage', ''];

/**
 * A Products tab of `count` SKUs (the set-up's columns) with the defects the listing QA looks for
 * planted at a few percent each: duplicates, promotional or platform words, ALL CAPS, URLs, long
 * titles, few images, short or missing descriptions, prices out of range, wrong UPC check digits.
 */
export function demoProducts(count: number, seed = 7): unknown[][] {
  const rng = new Rng(seed);
  const qa = DEFAULT_QA_SETTINGS;
  const rows: unknown[][] = [PRODUCT_TAB_HEADERS.slice()];
  const sentence = (n: number): string => Array.from({ length: n }, () => rng.pick(WORDS)).join(' ');
  for (let i = 0; i < count; i++) {
    const previous = rows[rows.length - 1];
    let sku: string = rng.chance(0.003) ? '' : `SKU-${String(i).padStart(5, '0')}`;
    if (i > 0 && rng.chance(0.005)) sku = String(previous[0]);
    let title = sentence(rng.int(4, 10));
    if (rng.chance(0.01)) title += ` ${rng.pick(qa.promotionalPhrases)}`;
    if (rng.chance(0.005)) title = title.toUpperCase();
    if (rng.chance(0.005)) title += ' www.example-shop.com';
    if (rng.chance(0.005)) title += ` ${rng.pick(qa.platformNames)}`;
    if (rng.chance(0.003)) title += ` ${rng.pick(qa.counterfeitWords)}`;
    if (rng.chance(0.005)) title = `${title} ${sentence(60)}`;
    const variation = rng.pick(VARIATIONS);
    if (i > 0 && rng.chance(0.005)) title = String(previous[1]);
    const price = rng.chance(0.005) ? 0 : rng.chance(0.003) ? '' : rng.chance(0.01) ? `$${rng.int(5, 199)}.99` : rng.int(500, 19_999) / 100;
    const images = rng.chance(0.01) ? 0 : rng.int(4, 9);
    const description = rng.chance(0.01) ? '' : sentence(rng.chance(0.02) ? 10 : rng.int(30, 80));
    const body = String(rng.int(10_000_000, 99_999_999)) + String(rng.int(100, 999));
    const check = gs1CheckDigit(body);
    const gtin = rng.chance(0.4) ? '' : body + String(rng.chance(0.01) ? (check + 1) % 10 : check);
    rows.push([sku, title, variation, price, images, description, gtin]);
  }
  return rows;
}
