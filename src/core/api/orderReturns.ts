import { roundToCents } from '../values/roundToCents';
import type { ApiFields } from './apiFields';
import { apiReturnFields } from './apiFields';
import { RETURN_STATES, RETURN_TYPES, type ReturnState } from './apiCodeWords';

/** What an order's returns put in the export's return columns. */
export interface OrderReturns {
  /** Σ `refund_amount.refund_total` of its refunded returns. */
  readonly refundTotal: number;
  /** The currency of those refunds ('' when none): checked against the order's. */
  readonly currency: string;
  /** Units (return line items) by SKU ID, over its open and refunded returns. */
  readonly unitsBySku: ReadonlyMap<string, number>;
}

/** Orders with no return: the mapping reads an empty map. */
export const NO_RETURNS: ReadonlyMap<string, OrderReturns> = new Map();

interface Gathered {
  refundTotal: number;
  currency: string;
  readonly unitsBySku: Map<string, number>;
  /** Order line items already counted: a unit in two live returns would count twice. */
  readonly units: Set<string>;
}

/**
 * "Search Returns" answers (`data.return_orders[]`) gathered by order. A return edited into another
 * (`next_return_id`) is left for its successor; a return in a state or of a type the mapping does not
 * know, or a unit returned twice, stops the pull with the return named.
 */
export function returnsByOrder(returns: readonly unknown[]): Map<string, OrderReturns> {
  const byOrder = new Map<string, Gathered>();
  returns.forEach((json, index) => {
    const ret = apiReturnFields(json, index);
    ret.word('return_type', RETURN_TYPES);
    const state = stateOf(ret);
    if (state === 'void' || ret.optionalText('next_return_id')) return;
    let gathered = byOrder.get(ret.orderId);
    if (!gathered) byOrder.set(ret.orderId, (gathered = { refundTotal: 0, currency: '', unitsBySku: new Map(), units: new Set() }));
    const lines = ret.list('return_line_items');
    if (!lines.length) ret.fail('return_line_items', 'is empty (expected the units returned)');
    for (const line of lines) countUnit(gathered, line);
    if (state === 'refunded') addRefund(gathered, ret.child('refund_amount'));
  });
  return byOrder;
}

function stateOf(ret: ApiFields): ReturnState {
  const status = ret.text('return_status');
  if (!Object.prototype.hasOwnProperty.call(RETURN_STATES, status)) {
    return ret.fail(
      'return_status',
      `is '${status.slice(0, 60)}', which the mapping does not know (known: ${Object.keys(RETURN_STATES).join(', ')})`,
    );
  }
  return RETURN_STATES[status];
}

function countUnit(gathered: Gathered, line: ApiFields): void {
  const unit = line.text('order_line_item_id');
  if (gathered.units.has(unit))
    line.fail('order_line_item_id', 'is in another open or refunded return of the order too, so the unit would count twice');
  gathered.units.add(unit);
  const sku = line.text('sku_id');
  gathered.unitsBySku.set(sku, (gathered.unitsBySku.get(sku) ?? 0) + 1);
}

function addRefund(gathered: Gathered, amount: ApiFields): void {
  const currency = amount.text('currency');
  if (gathered.currency && gathered.currency !== currency) amount.fail('currency', 'differs from another refund of the order');
  gathered.currency = currency;
  gathered.refundTotal = roundToCents(gathered.refundTotal + amount.money('refund_total'));
}
