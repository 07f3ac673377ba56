import { InputError } from '../values/errors';
import { callApi, type ApiPorts, type ApiShop } from './apiClient';

export const ORDER_DETAIL_PATH = '/order/202309/orders';
/** "Get Order Detail" takes at most 50 ids a call. */
export const ORDER_IDS_PER_DETAIL = 50;

/** The orders with these ids, as "Get Order Detail" gives them (the same shape as the search's), 50 a call. */
export async function orderDetails(orderIds: readonly string[], shop: ApiShop, ports: ApiPorts): Promise<unknown[]> {
  const orders: unknown[] = [];
  for (let at = 0; at < orderIds.length; at += ORDER_IDS_PER_DETAIL) {
    const ids = orderIds.slice(at, at + ORDER_IDS_PER_DETAIL).join(',');
    const data = await callApi({ method: 'GET', path: ORDER_DETAIL_PATH, query: { ids } }, shop, ports);
    const list = (typeof data === 'object' && data !== null ? data : {}) as { orders?: unknown };
    if (!Array.isArray(list.orders)) throw new InputError("TikTok Shop's order detail answered without a list of orders; the pull stops.");
    orders.push(...(list.orders as unknown[]));
  }
  return orders;
}
