import type { ApiPorts, ApiShop } from './apiClient';
import { pagedSearch, type SearchEndpoint } from './pagedSearch';

/** "Search Orders": 100 a page at most. */
export const ORDER_SEARCH: SearchEndpoint = { path: '/order/202309/orders/search', list: 'orders', pageSize: 100, name: 'order search' };
export const ORDER_PAGE_SIZE = ORDER_SEARCH.pageSize;

export interface OrderSearchFilter {
  /** Unix seconds, from (inclusive) and to (exclusive). */
  readonly update_time_ge?: number;
  readonly update_time_lt?: number;
  readonly create_time_ge?: number;
  readonly create_time_lt?: number;
}

/** Every order matching the filter, oldest update first, as the API sent them; `onPage` hears the running count. */
export function searchOrders(filter: OrderSearchFilter, shop: ApiShop, ports: ApiPorts, onPage?: (ordersSoFar: number) => void): Promise<unknown[]> {
  return pagedSearch(ORDER_SEARCH, filter, shop, ports, onPage);
}
