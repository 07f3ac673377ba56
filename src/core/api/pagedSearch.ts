import { InputError } from '../values/errors';
import { callApi, type ApiPorts, type ApiShop } from './apiClient';

/** One of the API's searches: a POST whose answer lists its items under `list` and pages by `next_page_token`. */
export interface SearchEndpoint {
  readonly path: string;
  /** The answer's list field: `orders`, `return_orders`. */
  readonly list: string;
  readonly pageSize: number;
  /** How messages name it: "order search". */
  readonly name: string;
}

/**
 * Every item a search finds, page after page by `next_page_token`, oldest update first; `onPage` hears
 * the running count (for progress). Items are returned as the API sent them, for the mapping.
 */
export async function pagedSearch(
  endpoint: SearchEndpoint,
  body: object,
  shop: ApiShop,
  ports: ApiPorts,
  onPage: (itemsSoFar: number) => void = () => undefined,
): Promise<unknown[]> {
  const items: unknown[] = [];
  const seenTokens = new Set<string>();
  let pageToken = '';
  do {
    const query: Record<string, string> = { page_size: String(endpoint.pageSize), sort_field: 'update_time', sort_order: 'ASC' };
    if (pageToken) query.page_token = pageToken;
    const data = await callApi({ method: 'POST', path: endpoint.path, query, body: JSON.stringify(body) }, shop, ports);
    const page = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    const list = page[endpoint.list];
    if (list !== undefined && !Array.isArray(list)) {
      throw new InputError(
        `TikTok Shop's ${endpoint.name} answered without a list of '${endpoint.list}' (page ${seenTokens.size + 1}); the pull stops.`,
      );
    }
    items.push(...((list as unknown[] | undefined) ?? []));
    onPage(items.length);
    pageToken = typeof page.next_page_token === 'string' ? page.next_page_token : '';
    if (seenTokens.has(pageToken)) {
      throw new InputError(
        `TikTok Shop's ${endpoint.name} gave the same next page twice (page ${seenTokens.size + 1}); the pull stops rather than loop.`,
      );
    }
    seenTokens.add(pageToken);
  } while (pageToken);
  return items;
}
