import type { ApiPorts, ApiShop } from './apiClient';
import { pagedSearch, type SearchEndpoint } from './pagedSearch';

/** "Search Returns": its page size must be 10 to 50 (the reference says so; one client saw 98001004 outside it). */
export const RETURN_SEARCH: SearchEndpoint = {
  path: '/return_refund/202309/returns/search',
  list: 'return_orders',
  pageSize: 50,
  name: 'returns search',
};

/** Order IDs per returns search: the reference sets no limit on `order_ids`; 50 is the order detail's (an inferred, safe size). */
export const ORDER_IDS_PER_RETURN_SEARCH = 50;

/** Every return of the given orders (all of them, so an order's refund is whole), in searches of 50 orders. */
export async function searchReturnsOfOrders(
  orderIds: readonly string[],
  shop: ApiShop,
  ports: ApiPorts,
  onPage: (returnsSoFar: number) => void = () => undefined,
): Promise<unknown[]> {
  const returns: unknown[] = [];
  for (let at = 0; at < orderIds.length; at += ORDER_IDS_PER_RETURN_SEARCH) {
    const before = returns.length;
    const body = { order_ids: orderIds.slice(at, at + ORDER_IDS_PER_RETURN_SEARCH) };
    returns.push(...(await pagedSearch(RETURN_SEARCH, body, shop, ports, (n) => onPage(before + n))));
  }
  return returns;
}

/**
 * Returns created or updated from a time (Unix seconds): created since a window's start, every return of
 * the orders created in it (a return comes after its order) in a few pages; updated since the cursor, the
 * orders whose refund changed while the order did not.
 */
export function searchReturnsSince(
  filter: { readonly create_time_ge: number } | { readonly update_time_ge: number },
  shop: ApiShop,
  ports: ApiPorts,
  onPage?: (returnsSoFar: number) => void,
): Promise<unknown[]> {
  return pagedSearch(RETURN_SEARCH, filter, shop, ports, onPage);
}
