import { ORDER_COLUMNS, type ColumnDef } from '../table/columns';
import { columnNameOf } from './sqlNames';

export type SqlType = 'STRING' | 'INT64' | 'NUMERIC' | 'TIMESTAMP';

/** A column of the typed orders table the compiled queries read. */
export interface TypedColumn {
  readonly name: string;
  readonly type: SqlType;
  /** The export headers it is loaded from (first = Seller Center's US header). */
  readonly source: ColumnDef;
  /** A descriptive column a query may group rows by (never buyer data). */
  readonly groupable: boolean;
}

const typed = (source: ColumnDef, type: SqlType, groupable = false): TypedColumn => ({
  name: columnNameOf(source.headers[0]),
  type,
  source,
  groupable,
});

/**
 * The typed orders table (docs/BIGQUERY.md): one row per SKU line, trimmed text, amounts as NUMERIC,
 * Paid Time as the instant it names (NULL = unpaid). Buyer names, phones and addresses are not in it.
 */
export const ORDER_TABLE_COLUMNS: readonly TypedColumn[] = [
  typed(ORDER_COLUMNS.orderId, 'STRING'),
  typed(ORDER_COLUMNS.orderStatus, 'STRING', true),
  typed(ORDER_COLUMNS.orderSubstatus, 'STRING', true),
  typed(ORDER_COLUMNS.cancelReturnType, 'STRING', true),
  typed(ORDER_COLUMNS.skuId, 'STRING', true),
  typed(ORDER_COLUMNS.sellerSku, 'STRING', true),
  typed(ORDER_COLUMNS.productName, 'STRING', true),
  typed(ORDER_COLUMNS.variation, 'STRING', true),
  typed({ key: 'productCategory', headers: ['Product Category'] }, 'STRING', true),
  typed(ORDER_COLUMNS.fulfillmentType, 'STRING', true),
  typed(ORDER_COLUMNS.quantity, 'INT64'),
  typed(ORDER_COLUMNS.returnQuantity, 'INT64'),
  typed(ORDER_COLUMNS.skuSubtotalAfterDiscount, 'NUMERIC'),
  typed(ORDER_COLUMNS.orderRefundAmount, 'NUMERIC'),
  typed(ORDER_COLUMNS.paidTime, 'TIMESTAMP'),
];

/** The typed column named by a header or column name ('Seller SKU', 'seller_sku'), or undefined. */
export function typedColumnNamed(nameOrHeader: string): TypedColumn | undefined {
  const wanted = columnNameOf(nameOrHeader);
  return ORDER_TABLE_COLUMNS.find((c) => c.name === wanted || c.source.headers.some((h) => columnNameOf(h) === wanted));
}
