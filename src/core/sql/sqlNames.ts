import { InputError } from '../values/errors';
import { isKnownTimeZone } from '../values/wallClock';

/** An export header as a BigQuery column name: 'SKU Subtotal After Discount' → sku_subtotal_after_discount. */
export function columnNameOf(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A column name both dialects take quoted: what columnNameOf produces. */
export function checkedName(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new InputError(`'${name}' is not a column name for SQL.`);
  return name;
}

const PROJECT = '[a-z][a-z0-9-]{4,28}[a-z0-9]';
const DATASET = '[A-Za-z0-9_]{1,1024}';
const TABLE = '[A-Za-z0-9_-]{1,1024}';
const TABLE_ID = new RegExp(`^(?:(${PROJECT})[.:])?(${DATASET})\\.(${TABLE})$`);

/** `project.dataset.table` (or `dataset.table`, or bq's `project:dataset.table`) as its checked parts. */
export function tableIdParts(tableId: string): string[] {
  const match = TABLE_ID.exec(tableId.trim());
  if (!match) throw new InputError(`'${tableId}' is not a BigQuery table id: expected project.dataset.table.`);
  const [, project, dataset, table] = match;
  return [project, dataset, table].filter((part): part is string => !!part);
}

/** A time zone for a SQL string literal: only IANA names the runtime knows. */
export function checkedTimeZone(timeZone: string): string {
  if (!/^[A-Za-z0-9_+\-/]+$/.test(timeZone) || !isKnownTimeZone(timeZone))
    throw new InputError(`'${timeZone}' is not a time zone name such as America/Los_Angeles.`);
  return timeZone;
}
