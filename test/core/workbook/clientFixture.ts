import { LINK_TAB_HEADERS } from '../../../src/core/qa/linkColumns';
import { PRODUCT_TAB_HEADERS } from '../../../src/core/qa/productColumns';
import { PROMO_TAB_HEADERS } from '../../../src/core/qa/promoColumns';
import { withSettings } from '../../../src/core/settings/settings';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { generateDemoClient } from '../../../src/demo/generateDemoClient';

/** Monday 2026-11-23, 09:00 in Los Angeles: the morning after the demo data ends. */
export const NOW = new Date('2026-11-23T17:00:00Z');
export const ZONE = 'America/Los_Angeles';
export const SETTINGS = withSettings({ timeZone: ZONE });

let demo: { orders: CellValue[][]; analytics: CellValue[][] } | undefined;

/** The demo client's 16 weeks of orders and analytics (generated once per test file). */
export function demoClient(): { orders: CellValue[][]; analytics: CellValue[][] } {
  demo ??= generateDemoClient() as { orders: CellValue[][]; analytics: CellValue[][] };
  return demo;
}

const DESCRIPTION =
  'Lightweight hydrating serum with hyaluronic acid for dry skin that absorbs fast, layers under makeup and sunscreen, is fragrance free, and suits daily morning and evening use on face and neck.';

/**
 * The Products, Promos and Links tabs as the set-up lays them out (instruction on row 1, header on
 * row 2), with hand-checked defects: row 4's title says FREE SHIPPING and has 3 images; row 5's price
 * is 0 and its UPC check digit is wrong (012345678905 is the valid one); the flash deal on Promos
 * row 3 is a 5.3% discount and not below its 30-day low; the Links row 4 URL has an upper-case
 * source, a space in the campaign and a ttclid.
 */
export const PRODUCTS: CellValue[][] = [
  ['One row per SKU.'],
  PRODUCT_TAB_HEADERS,
  ['HA-SERUM-30ML', 'Hyaluronic Acid Serum 30 ml', '30 ml', 18.99, 6, DESCRIPTION, '012345678905'],
  ['HA-SERUM-60ML', 'Hyaluronic Acid Serum 60 ml FREE SHIPPING', '60 ml', 29.99, 3, DESCRIPTION, ''],
  ['TUMBLER40-BLACK', 'Insulated Tumbler 40 oz', 'Black', 0, 5, DESCRIPTION, '012345678906'],
];

export const PROMOS: CellValue[][] = [
  ['One row per SKU and promotion.'],
  PROMO_TAB_HEADERS,
  ['HA-SERUM-30ML', 'Flash deal', 'BF flash', 18.99, 17.99, '', '', '2026-11-27 08:00', '2026-11-28 08:00', 17.5, 100, '', '', '', ''],
  ['HA-SERUM-60ML', 'Product discount', 'BF', 29.99, 23.99, 0.2, '', '2026-11-27 00:00', '2026-11-30 23:59', '', 50, '', '', '', ''],
];

export const LINKS: CellValue[][] = [
  ['One row per tracked link.'],
  LINK_TAB_HEADERS,
  [
    'Bio',
    'https://shop.example.com/serum',
    'tiktok',
    'social',
    'bf2026',
    '',
    '',
    'No',
    'https://shop.example.com/serum?utm_source=tiktok&utm_medium=social&utm_campaign=bf2026',
  ],
  ['Ad', '', '', '', '', '', '', 'No', 'https://shop.example.com/serum?utm_source=TikTok&utm_medium=cpc&utm_campaign=BF 2026&ttclid=abc'],
  [
    'Template',
    '',
    '',
    '',
    '',
    '',
    '',
    'Yes',
    'https://shop.example.com/serum?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAME__',
  ],
];

/** A Settings tab naming the client, as set-up writes it (the checklist reports a blank name as an ERROR). */
export const NAMED_SETTINGS: CellValue[][] = [
  ['Key', 'Value'],
  ['client.name', 'Glow & Co'],
];

/** A client workbook with every input tab filled. */
export function filledWorkbook(): MemoryWorkbook {
  const { orders, analytics } = demoClient();
  return new MemoryWorkbook({ Orders: orders, Analytics: analytics, Products: PRODUCTS, Promos: PROMOS, Links: LINKS }, ZONE);
}

/** `prepare` runs once per test file; each call returns a fresh copy of what it made (a refresh of the demo client takes a second). */
export function preparedOnce(prepare: () => MemoryWorkbook): () => MemoryWorkbook {
  let prepared: MemoryWorkbook | undefined;
  return () => (prepared ??= prepare()).copy();
}

/** The rows of a read-out section: from the row whose first cell starts with `title` to the next blank row. */
export function sectionRows(values: readonly (readonly CellValue[])[], title: string): CellValue[][] {
  const start = values.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith(title));
  if (start < 0) throw new Error(`No section '${title}'`);
  const end = values.findIndex((row, i) => i > start && row.every((cell) => cell === '' || cell === null));
  return values.slice(start + 1, end < 0 ? undefined : end).map((row) => trimRow(row));
}

/** A row without the padding cells on its right. */
export function trimRow(row: readonly CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
  return row.slice(0, end);
}
