import type { ApiPorts, ApiShop } from './apiClient';
import { orderDetails } from './orderDetails';
import type { PullPlan } from './pullWindow';
import { searchOrders } from './searchOrders';
import { searchReturnsOfOrders, searchReturnsSince } from './searchReturns';

export interface PulledOrders {
  /** Orders as the API sent them, each once. */
  readonly orders: unknown[];
  /** Every return of those orders. */
  readonly returns: unknown[];
}

/** How far a pull has come, for the progress line: 'orders' or 'returns', and the count so far. */
export type PullProgress = (what: 'orders' | 'returns', soFar: number) => void;

const orderIdOf = (order: unknown): string => {
  const id = (order as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

/**
 * Every call of one pull, before anything is written: the orders the plan asks for; for an
 * incremental pull, also the orders whose returns changed since the cursor (a return need not
 * touch its order's update time); then every return of all of them, so each order's refund is whole:
 * by order IDs (50 a search) for an incremental pull, by creation since the window's start for a window.
 */
export async function fetchPull(plan: PullPlan, shop: ApiShop, ports: ApiPorts, progress: PullProgress = () => undefined): Promise<PulledOrders> {
  const orders = await searchOrders(plan.filter, shop, ports, (n) => progress('orders', n));
  const pulled = new Set(orders.map(orderIdOf));
  if (plan.updatedSince !== undefined) {
    const changed = (await searchReturnsSince({ update_time_ge: plan.updatedSince }, shop, ports))
      .map(returnOrderIdOf)
      .filter((id) => id && !pulled.has(id));
    const missing = [...new Set(changed)];
    if (missing.length) {
      orders.push(...(await orderDetails(missing, shop, ports)));
      missing.forEach((id) => pulled.add(id));
      progress('orders', orders.length);
    }
  }
  const unique = dropRepeats(orders);
  const onPage = (n: number) => progress('returns', n);
  const since = plan.filter.create_time_ge;
  const returns =
    since === undefined
      ? await searchReturnsOfOrders(unique.map(orderIdOf).filter(Boolean), shop, ports, onPage)
      : (await searchReturnsSince({ create_time_ge: since }, shop, ports, onPage)).filter((json) => pulled.has(returnOrderIdOf(json)));
  return { orders: unique, returns };
}

const returnOrderIdOf = (json: unknown): string => {
  const id = (json as { order_id?: unknown } | null)?.order_id;
  return typeof id === 'string' ? id : '';
};

/** An order updated while the search paged may come twice: its later copy wins. */
function dropRepeats(orders: readonly unknown[]): unknown[] {
  const latest = new Map<string, unknown>();
  orders.forEach((order, i) => {
    const id = orderIdOf(order) || `#${i}`;
    latest.delete(id);
    latest.set(id, order);
  });
  return [...latest.values()];
}
