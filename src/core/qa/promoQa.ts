import { reportFormat, type ReportFormat } from '../format/reportFormat';
import { asRows } from '../metrics/readSalesTable';
import type { Settings } from '../settings/settings';
import { readTable, type TableSpec } from '../table/readTable';
import { readCatalog } from './catalog';
import { runChecks } from './checkRunner';
import type { Finding } from './finding';
import { FindingList } from './findingList';
import { PROMO_COLUMNS, PROMO_REQUIRED, type PromoColumnKey } from './promoColumns';
import { promoChecks } from './promoChecks';
import { promoLineReader } from './promoLine';
import { PROMO_RULES } from './promoRules';
import { QaCells } from './qaCells';

export const PROMO_SPEC: TableSpec<PromoColumnKey> = { kind: 'promotion table', columns: PROMO_COLUMNS, required: PROMO_REQUIRED, key: 'sellerSku' };

/**
 * Every finding of a promotion tracker, in row order; `products` (optional, may be blank) adds the
 * SKU and list price checks. Throws an InputError only when a range is a single value or has no
 * header row with its required columns ('Seller SKU' and 'Type'; 'Seller SKU' and 'Price' in products).
 */
export function promoFindings(
  promos: unknown,
  products: unknown,
  settings: Settings,
  sheet = '',
  format: ReportFormat = reportFormat('', '', settings.decimalMark),
): Finding[] {
  const catalog = readCatalog(products, settings.decimalMark);
  const table = readTable(asRows(promos, 'promos'), PROMO_SPEC, sheet);
  const findings = new FindingList(PROMO_RULES);
  const cells = new QaCells(table, findings, settings, ['start', 'end']);
  runChecks(cells, findings, promoChecks(catalog), settings.qa, format, promoLineReader(cells, catalog));
  return findings.sorted();
}
