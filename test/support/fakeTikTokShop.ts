import type { HttpRequest, HttpResponse } from '../../src/core/api/apiClient';
import { signRequest } from '../../src/core/api/signRequest';
import { nodeHmacSha256 } from '../../src/local/api/hmacSha256';

export const FAKE_APP = { appKey: 'testkey123', appSecret: 'testsecret456', shopCipher: 'ROW_TestCipher001' } as const;
/** The one authorization code the fake accepts (once). */
export const FAKE_AUTH_CODE = 'TTP_authcode_1';
export const FAKE_SHOP = { id: '7495000000000000001', name: 'Maple Mugs', region: 'US' } as const;
type Json = Record<string, unknown>;

export interface FakeShopOptions {
  readonly orders: Json[];
  readonly returns?: Json[];
  /** Unix seconds: the shop's clock, checked against each request's timestamp (5 minutes back, 30 s ahead). */
  now: number;
  /** Orders a page (the client asks for 100; a smaller page here makes a few orders span pages). */
  readonly pageSize?: number;
  /** Answer the first call with HTTP 429. */
  readonly busyOnce?: boolean;
  /** Answer the first shop call (after connecting) with 105002, the access token expired. */
  readonly expireTokenOnce?: boolean;
  /** Refuse every call after this many with 36009003 until `failAfter` is cleared (an interrupted pull). */
  failAfter?: number;
}

export interface FakeShop {
  readonly handle: (request: HttpRequest) => HttpResponse;
  /** Every request that passed the signature check. */
  readonly calls: HttpRequest[];
  /** Signature or timestamp problems seen (the test expects none). */
  readonly problems: string[];
  accessToken: string;
  refreshToken: string;
  refreshes: number;
  readonly options: FakeShopOptions;
}

const answer = (code: number, message: string, data?: unknown, status = 200): HttpResponse => ({
  status,
  body: JSON.stringify({ code, message, request_id: 'fake', ...(data === undefined ? {} : { data }) }),
});

/** A TikTok Shop that follows the documented API: signed calls only, pages by token, order and return filters. */
export function fakeTikTokShop(options: FakeShopOptions): FakeShop {
  let busy = options.busyOnce ?? false;
  let expire = options.expireTokenOnce ?? false;
  const shop: FakeShop = { handle, calls: [], problems: [], accessToken: 'TTP_first', refreshToken: 'TTP_refresh_0', refreshes: 0, options };
  let codeUsed = false;
  const pages = new Map<string, { items: Json[]; at: number }>();

  function handle(request: HttpRequest): HttpResponse {
    if (request.host === 'auth') return token(request);
    const { sign, ...signed } = request.query;
    const expected = signRequest({ path: request.path, query: signed, body: request.body }, FAKE_APP.appSecret, nodeHmacSha256);
    if (sign !== expected) {
      shop.problems.push(`bad sign on ${request.path}`);
      return answer(106001, 'Invalid sign', undefined, 401);
    }
    const timestamp = Number(signed.timestamp);
    if (!(timestamp >= options.now - 300 && timestamp <= options.now + 30)) {
      shop.problems.push(`timestamp out of window on ${request.path}`);
      return answer(36009004, 'Timestamp expired');
    }
    if (signed.app_key !== FAKE_APP.appKey) return answer(36009004, 'Invalid app_key');
    const shopless = request.path.startsWith('/authorization/');
    if (!shopless && signed.shop_cipher !== FAKE_APP.shopCipher) return answer(106013, 'shop_cipher is required');
    if (shopless && signed.shop_cipher !== undefined) return answer(36009004, 'Unexpected shop_cipher');
    if (busy) {
      busy = false;
      return { status: 429, body: 'Too Many Requests' };
    }
    if (request.headers['x-tts-access-token'] !== shop.accessToken || (expire && !shopless)) {
      expire = false;
      return answer(105002, 'Access token is expired');
    }
    if (options.failAfter !== undefined && shop.calls.length >= options.failAfter) return answer(21001001, 'Service is unavailable for this shop');
    shop.calls.push(request);
    return route(request);
  }

  /** Token get and refresh: unsigned, the app secret in the query; expiry times absolute, as documented. */
  function token(request: HttpRequest): HttpResponse {
    const query = request.query;
    if (query.app_key !== FAKE_APP.appKey || query.app_secret !== FAKE_APP.appSecret) return answer(36009004, 'Invalid app_key or app_secret');
    if (request.path === '/api/v2/token/get') {
      if (query.grant_type !== 'authorized_code' || query.auth_code !== FAKE_AUTH_CODE || codeUsed) return answer(36004004, 'Invalid auth_code');
      codeUsed = true;
    } else if (request.path === '/api/v2/token/refresh') {
      if (query.grant_type !== 'refresh_token' || query.refresh_token !== shop.refreshToken) return answer(36004005, 'Invalid refresh_token');
      shop.refreshes++;
      shop.accessToken = `TTP_refreshed_${shop.refreshes}`;
      shop.refreshToken = `TTP_refresh_${shop.refreshes}`;
    } else return answer(36009009, 'Invalid path');
    return answer(0, 'success', {
      access_token: shop.accessToken,
      access_token_expire_in: options.now + 7 * 86400,
      refresh_token: shop.refreshToken,
      refresh_token_expire_in: options.now + 365 * 86400,
      open_id: 'open-1',
      seller_name: FAKE_SHOP.name,
      seller_base_region: FAKE_SHOP.region,
      user_type: 0,
      granted_scopes: ['seller.order.info'],
    });
  }

  function route(request: HttpRequest): HttpResponse {
    const body = (request.body ? JSON.parse(request.body) : {}) as Json;
    if (request.path === '/authorization/202309/shops') {
      return answer(0, 'Success', {
        shops: [
          { id: '7495000000000000001', name: 'Maple Mugs', region: 'US', seller_type: 'LOCAL', cipher: FAKE_APP.shopCipher, code: 'USLCMAPLE' },
        ],
      });
    }
    if (request.path === '/order/202309/orders/search')
      return page(
        request,
        'orders',
        options.orders.filter((order) => matches(order, body)),
        100,
      );
    if (request.path === '/return_refund/202309/returns/search') {
      const ids = body.order_ids as string[] | undefined;
      const found = (options.returns ?? []).filter((ret) => (ids ? ids.includes(ret.order_id as string) : matches(ret, body)));
      return page(request, 'return_orders', found, 50);
    }
    if (request.path === '/order/202309/orders' && request.method === 'GET') {
      const ids = request.query.ids.split(',');
      if (ids.length > 50) return answer(36009004, 'Too many ids');
      return answer(0, 'Success', { orders: options.orders.filter((order) => ids.includes(order.id as string)) });
    }
    return answer(36009009, 'Invalid path');
  }

  function page(request: HttpRequest, list: string, items: Json[], most: number): HttpResponse {
    const size = Number(request.query.page_size);
    if (!(size >= 1 && size <= most)) return answer(98001004, `page_size exceeds the allowed range`);
    const sorted = [...items].sort((a, b) => (a.update_time as number) - (b.update_time as number));
    const token = request.query.page_token;
    const cursor = token === undefined ? { items: sorted, at: 0 } : pages.get(token);
    if (!cursor) return answer(36009004, 'Invalid page_token');
    const step = Math.min(size, options.pageSize ?? size);
    const next = cursor.at + step < cursor.items.length ? `tok/${pages.size}+${cursor.at + step}==` : '';
    if (next) pages.set(next, { items: cursor.items, at: cursor.at + step });
    return answer(0, 'Success', { [list]: cursor.items.slice(cursor.at, cursor.at + step), next_page_token: next, total_count: cursor.items.length });
  }

  return shop;
}

/** Whether an order (or return) falls in a search body's create/update time bounds. */
function matches(item: Json, body: Json): boolean {
  const within = (field: 'create_time' | 'update_time'): boolean => {
    const time = item[field] as number;
    const from = body[`${field}_ge`] as number | undefined;
    const to = body[`${field}_lt`] as number | undefined;
    return (from === undefined || time >= from) && (to === undefined || time < to);
  };
  return within('create_time') && within('update_time');
}
