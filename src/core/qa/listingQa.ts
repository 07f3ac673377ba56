import { reportFormat, type ReportFormat } from '../format/reportFormat';
import { asRows } from '../metrics/readSalesTable';
import type { Settings } from '../settings/settings';
import { readTable, type TableSpec } from '../table/readTable';
import { runChecks } from './checkRunner';
import type { Finding } from './finding';
import { FindingList } from './findingList';
import { LISTING_CHECKS } from './listingChecks';
import { LISTING_RULES } from './listingRules';
import { LISTING_REQUIRED, PRODUCT_COLUMNS, type ProductColumnKey } from './productColumns';
import { productLineReader } from './productLine';
import { QaCells } from './qaCells';

export const LISTING_SPEC: TableSpec<ProductColumnKey> = {
  kind: 'product table',
  columns: PRODUCT_COLUMNS,
  required: LISTING_REQUIRED,
  key: 'sellerSku',
};

/**
 * Every listing finding of a product table, in row order. Throws an InputError only when the range is
 * a single value or has no header row with 'Seller SKU' and 'Product name' (or their aliases).
 */
export function listingFindings(
  products: unknown,
  settings: Settings,
  sheet = '',
  format: ReportFormat = reportFormat('', '', settings.decimalMark),
): Finding[] {
  const table = readTable(asRows(products, 'products'), LISTING_SPEC, sheet);
  const findings = new FindingList(LISTING_RULES);
  const cells = new QaCells(table, findings, settings);
  runChecks(cells, findings, LISTING_CHECKS, settings.qa, format, productLineReader(cells));
  return findings.sorted();
}
