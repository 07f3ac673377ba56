import { ORDER_HEADERS } from '../table/exportHeaders';
import type { CellValue } from '../values/cellValue';
import { apiOrderFields, type ApiFields } from './apiFields';
import { PAID_STATUSES } from './apiCodeWords';
import { ORDER_COLUMN_MAP } from './orderColumnMap';
import { NO_RETURNS, type OrderReturns } from './orderReturns';

/** The export's columns the API fills: the others are left out, so an import keeps what an earlier export put there. */
const MAPPED_HEADERS = ORDER_HEADERS.filter((header) => ORDER_COLUMN_MAP[header].value);

/**
 * API orders (search or detail `data.orders[]`) as the order export's table: its header row (the mapped columns), then one
 * row per SKU of each order, so readTable, the Order ID + SKU ID de-duplication and every metric read
 * them as they read an export. `returns` (see returnsByOrder) fill the return and refund columns. Times
 * are written on the shop's wall clock (`timeZone`); buyer fields are never read.
 */
export function apiOrdersToExportRows(
  orders: readonly unknown[],
  timeZone: string,
  returns: ReadonlyMap<string, OrderReturns> = NO_RETURNS,
): CellValue[][] {
  const rows: CellValue[][] = [[...MAPPED_HEADERS]];
  orders.forEach((json, index) => {
    const order = apiOrderFields(json, index);
    const status = order.text('status');
    if (PAID_STATUSES.has(status)) order.seconds('paid_time');
    if (status === 'CANCELLED') order.seconds('cancel_time');
    const payment = order.child('payment');
    const skus = unitsBySku(order, status === 'CANCELLED');
    const orderReturns = returns.get(order.orderId);
    if (orderReturns) checkReturns(order, payment, skus, orderReturns);
    for (const lines of skus) {
      const source = { order, payment, lines, returns: orderReturns, timeZone };
      rows.push(MAPPED_HEADERS.map((header) => ORDER_COLUMN_MAP[header].value?.(source) ?? ''));
    }
  });
  return rows;
}

/** The order's line items (one per unit) grouped by SKU, in first-seen order, each unit checked against what the mapping assumes. */
function unitsBySku(order: ApiFields, orderCancelled: boolean): ApiFields[][] {
  const lines = order.list('line_items');
  if (!lines.length) order.fail('line_items', 'is empty (expected one line item per unit sold)');
  const bySku = new Map<string, ApiFields[]>();
  lines.forEach((line) => {
    checkUnit(line, orderCancelled);
    const sku = line.text('sku_id');
    const group = bySku.get(sku);
    if (!group) bySku.set(sku, [line]);
    else if (group[0].money('original_price') !== line.money('original_price')) {
      line.fail('original_price', "differs from another unit of the same SKU, so the export's one 'SKU Unit Original Price' cannot hold it");
    } else group.push(line);
  });
  return [...bySku.values()];
}

/** The open questions on line items: a unit the export's counting is unconfirmed for stops the pull. */
function checkUnit(line: ApiFields, orderCancelled: boolean): void {
  if (line.list('combined_listing_skus').length) {
    line.fail('combined_listing_skus', 'is set: a virtual bundle stands for other SKUs, which the mapping does not count yet');
  }
  if (line.optionalFlag('is_gift')) line.fail('is_gift', 'is true: whether the export counts a gift as a unit is not confirmed');
  if (!orderCancelled && line.optionalText('display_status') === 'CANCELLED') {
    line.fail('display_status', `is CANCELLED in an order that is not: whether the export counts a partly cancelled order's units is not confirmed`);
  }
  const net = line.money('original_price') - line.money('seller_discount') - line.money('platform_discount');
  if (Math.abs(net - line.money('sale_price')) > 0.005) {
    line.fail('sale_price', "is not original_price − seller_discount − platform_discount, which 'SKU Subtotal After Discount' (GMV) assumes");
  }
}

/** The returns must fit the order: units of its SKUs, no more than it sold, refunds in its currency. */
function checkReturns(order: ApiFields, payment: ApiFields, skus: readonly ApiFields[][], returns: OrderReturns): void {
  const sold = new Map(skus.map((lines) => [lines[0].text('sku_id'), lines.length]));
  for (const [sku, units] of returns.unitsBySku) {
    if (!sold.has(sku)) order.fail('line_items', 'hold no unit of a SKU its returns name, so the return has no row to go on');
    if (units > (sold.get(sku) ?? 0)) order.fail('line_items', 'hold fewer units of a SKU than its returns give back');
  }
  const currency = payment.optionalText('currency');
  if (returns.currency && currency && returns.currency !== currency) {
    payment.fail('currency', `is ${currency.slice(0, 3)} but the order's refunds are in ${returns.currency.slice(0, 3)}`);
  }
}
