import { asRows } from '../metrics/readSalesTable';
import { columnDecimalMark } from '../table/readNumberCell';
import { readTable, type TableSpec } from '../table/readTable';
import type { Settings } from '../settings/settings';
import { cleanText } from '../values/cleanText';
import { isBlank } from '../values/isBlank';
import { parseNumber } from '../values/parseNumber';
import { skuKey } from './sku';
import { CATALOG_REQUIRED, PRODUCT_COLUMNS, type ProductColumnKey } from './productColumns';

const CATALOG_SPEC: TableSpec<ProductColumnKey> = { kind: 'products table', columns: PRODUCT_COLUMNS, required: CATALOG_REQUIRED, key: 'sellerSku' };

/** Each Seller SKU's list price (NaN when unreadable: TTS_LISTING_QA reports it) and its row (header = 1). */
export interface Catalog {
  readonly bySku: ReadonlyMap<string, { readonly price: number | undefined; readonly row: number }>;
}

/** The optional products range of TTS_PROMO_QA; undefined when it was left out or is blank. */
export function readCatalog(products: unknown, decimalMark: Settings['decimalMark']): Catalog | undefined {
  if (isBlank(products) || (Array.isArray(products) && products.every((row) => !Array.isArray(row) || row.every(isBlank)))) return undefined;
  const table = readTable(asRows(products, 'products'), CATALOG_SPEC);
  const skuCol = table.index('sellerSku');
  const priceCol = table.index('price');
  // '50.000' is fifty thousand rupiah and '1,25' one euro twenty-five: read by the column's or the shop's decimal mark, as the listing checks do.
  const mark = columnDecimalMark(table, priceCol) ?? decimalMark;
  const bySku = new Map<string, { price: number | undefined; row: number }>();
  for (const r of table.rows) {
    const sku = skuKey(cleanText(table.values[r][skuCol]));
    if (sku && !bySku.has(sku)) bySku.set(sku, { price: parseNumber(table.values[r][priceCol], mark), row: r - table.headerRow + 1 });
  }
  return { bySku };
}
