import { InputError } from '../values/errors';
import { callApi, type ApiPorts, type ApiShop } from './apiClient';

export const ORDER_SEARCH_PATH = '/order/202309/orders/search';
/** The most "Search Orders" gives per page. */
export const ORDER_PAGE_SIZE = 100;

export interface OrderSearchFilter {
  /** Unix seconds, from (inclusive) and to (exclusive). */
  readonly update_time_ge?: number;
  readonly update_time_lt?: number;
  readonly create_time_ge?: number;
  readonly create_time_lt?: number;
}

/**
 * Every order matching the filter, page after page by `next_page_token`, oldest update first; `onPage`
 * hears the running count (for progress). The orders are returned as the API sent them, for the mapping.
 */
export async function searchOrders(
  filter: OrderSearchFilter,
  shop: ApiShop,
  ports: ApiPorts,
  onPage: (ordersSoFar: number) => void = () => undefined,
): Promise<unknown[]> {
  const orders: unknown[] = [];
  const seenTokens = new Set<string>();
  let pageToken = '';
  do {
    const query: Record<string, string> = { page_size: String(ORDER_PAGE_SIZE), sort_field: 'update_time', sort_order: 'ASC' };
    if (pageToken) query.page_token = pageToken;
    const data = await callApi({ method: 'POST', path: ORDER_SEARCH_PATH, query, body: JSON.stringify(filter) }, shop, ports);
    const page = (typeof data === 'object' && data !== null ? data : {}) as { orders?: unknown; next_page_token?: unknown };
    if (page.orders !== undefined && !Array.isArray(page.orders)) {
      throw new InputError(`TikTok Shop's order search answered without a list of orders (page ${seenTokens.size + 1}); the pull stops.`);
    }
    orders.push(...(page.orders ?? []));
    onPage(orders.length);
    pageToken = typeof page.next_page_token === 'string' ? page.next_page_token : '';
    if (seenTokens.has(pageToken)) {
      throw new InputError(
        `TikTok Shop's order search gave the same next page twice (page ${seenTokens.size + 1}); the pull stops rather than loop.`,
      );
    }
    seenTokens.add(pageToken);
  } while (pageToken);
  return orders;
}
