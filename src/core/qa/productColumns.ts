import { columnsByKey } from '../table/columns';

/** Headers of main image N: a tracker's 'Image N' or Seller Center's bulk template ('Main Product Image', 'Product Image N'). */
const image = (n: number): string[] =>
  n === 1
    ? ['Image 1', 'Image URL 1', 'Image 1 URL', 'Main Product Image', 'Main image']
    : [`Image ${n}`, `Image URL ${n}`, `Image ${n} URL`, `Product Image ${n}`];

/** A product catalog or listing tracker, one row per SKU (the first header of each is the canonical one). */
export const PRODUCT_COLUMNS = columnsByKey({
  sellerSku: ['Seller SKU', 'SKU', 'Seller SKU ID', 'SKU code', 'Item SKU'],
  title: ['Product name', 'Title', 'Product title', 'Listing title', 'Product'],
  variation: ['Variation', 'Variant', 'Variation name', 'Option'],
  price: ['Price', 'List price', 'Retail price', 'Original price', 'Regular price', 'Retail Price (Local Currency)'],
  imageCount: ['Main images', 'Image count', 'Images', 'Number of images', 'Main image count', '# of images'],
  image1: image(1),
  image2: image(2),
  image3: image(3),
  image4: image(4),
  image5: image(5),
  image6: image(6),
  image7: image(7),
  image8: image(8),
  image9: image(9),
  description: ['Description', 'Product description', 'Long description'],
  gtin: ['UPC/EAN', 'GTIN', 'UPC', 'EAN', 'Barcode', 'Identifier Code', 'Product identifier', 'GTIN/UPC/EAN'],
});

export type ProductColumnKey = keyof typeof PRODUCT_COLUMNS;

export const IMAGE_URL_KEYS = [
  'image1',
  'image2',
  'image3',
  'image4',
  'image5',
  'image6',
  'image7',
  'image8',
  'image9',
] as const satisfies readonly ProductColumnKey[];

/** Columns TTS_LISTING_QA needs to find the header row; the rest are optional. */
export const LISTING_REQUIRED: readonly ProductColumnKey[] = ['sellerSku', 'title'];
/** Columns TTS_PROMO_QA needs in its optional products range. */
export const CATALOG_REQUIRED: readonly ProductColumnKey[] = ['sellerSku', 'price'];

/** The Products tab the set-up creates: one row per SKU, the main image count typed rather than nine URLs. */
export const PRODUCT_TAB_HEADERS: string[] = (['sellerSku', 'title', 'variation', 'price', 'imageCount', 'description', 'gtin'] as const).map(
  (key) => PRODUCT_COLUMNS[key].headers[0],
);
