import { callApi, MAX_RETRIES, type ApiPorts, type ApiShop, type HttpRequest, type HttpResponse } from '../../../src/core/api/apiClient';
import { jitteredBackoff } from '../../../src/core/api/apiErrors';
import { ORDER_PAGE_SIZE, searchOrders } from '../../../src/core/api/searchOrders';
import { signRequest } from '../../../src/core/api/signRequest';
import { searchReturnsOfOrders } from '../../../src/core/api/searchReturns';
import { nodeHmacSha256 } from '../../../src/local/api/hmacSha256';

const NOW = 1_796_600_000;
const ok = (data: unknown): HttpResponse => ({ status: 200, body: JSON.stringify({ code: 0, message: 'Success', request_id: 'r', data }) });
const refusal = (code: number, message: string, status = 200): HttpResponse => ({ status, body: JSON.stringify({ code, message, request_id: 'r' }) });

/** A scripted API: answers in order, records every request, every wait and every refresh. */
function scripted(...answers: HttpResponse[]) {
  const sent: HttpRequest[] = [];
  const waits: number[] = [];
  let refreshes = 0;
  const ports: ApiPorts = {
    send: (request) => {
      sent.push(request);
      const answer = answers.shift();
      if (!answer) throw new Error('the test ran out of answers');
      return answer;
    },
    hmacSha256: nodeHmacSha256,
    now: () => NOW,
    wait: (attempt) => void waits.push(attempt),
    refreshToken: () => `TTP_fresh${++refreshes}`,
  };
  const shop: ApiShop = { appKey: 'testkey123', appSecret: 'testsecret456', accessToken: 'TTP_old', shopCipher: 'ROW_TestCipher001' };
  return { ports, shop, sent, waits, refreshes: () => refreshes };
}

const ORDERS_CALL = {
  method: 'POST',
  path: '/order/202309/orders/search',
  query: { page_size: '100' },
  body: '{"update_time_ge":1796000000}',
} as const;

describe('callApi', () => {
  it('signs the request with app key, timestamp and shop cipher, the token in its header only', async () => {
    const api = scripted(ok({ orders: [] }));
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).resolves.toEqual({ orders: [] });
    const [{ query, headers, body }] = api.sent;
    const { sign, ...signed } = query;
    expect(signed).toEqual({ page_size: '100', app_key: 'testkey123', timestamp: String(NOW), shop_cipher: 'ROW_TestCipher001' });
    expect(sign).toBe(signRequest({ path: ORDERS_CALL.path, query: signed, body }, 'testsecret456', nodeHmacSha256));
    expect(headers).toEqual({ 'content-type': 'application/json', 'x-tts-access-token': 'TTP_old' });
  });

  it('sends no shop cipher to the authorization calls', async () => {
    const api = scripted(ok({ shops: [] }));
    await callApi({ method: 'GET', path: '/authorization/202309/shops' }, api.shop, api.ports);
    expect(Object.keys(api.sent[0].query).sort()).toEqual(['app_key', 'sign', 'timestamp']);
  });

  it('retries a busy answer after the injected pause: HTTP 429, then an internal error code', async () => {
    const api = scripted({ status: 429, body: 'Too Many Requests' }, refusal(36009003, 'Internal error'), ok({ n: 1 }));
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).resolves.toEqual({ n: 1 });
    expect(api.waits).toEqual([0, 1]);
  });

  it('gives up after the last retry of a busy API, saying so', async () => {
    const api = scripted(...Array.from({ length: MAX_RETRIES + 1 }, () => refusal(36009002, 'Too many requests', 429)));
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).rejects.toThrow(`TikTok Shop stayed busy after ${MAX_RETRIES} retries (code 36009002)`);
    expect(api.waits).toEqual([0, 1, 2, 3, 4]);
  });

  it('refreshes an expired token once and sends the new one', async () => {
    const api = scripted(refusal(105002, 'Expired credentials'), ok({ n: 2 }));
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).resolves.toEqual({ n: 2 });
    expect(api.sent.map((request) => request.headers['x-tts-access-token'])).toEqual(['TTP_old', 'TTP_fresh1']);
    expect(api.shop.accessToken).toBe('TTP_fresh1');
  });

  it('does not refresh twice: a token still expired asks to connect again', async () => {
    const api = scripted(refusal(105002, 'Expired credentials'), refusal(105002, 'Expired credentials'));
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).rejects.toThrow('expired (105002) even after a refresh: connect the shop again');
    expect(api.refreshes()).toBe(1);
  });

  it('names the signature refusal with its advice and the API message, carries its code, and does not retry', async () => {
    const api = scripted(refusal(106001, 'Invalid sign', 401));
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).rejects.toMatchObject({
      code: 106001,
      message: 'TikTok Shop refused the request signature (106001): check the app secret. TikTok Shop said: Invalid sign',
    });
    expect(api.waits).toEqual([]);
  });

  it("passes any other refusal on with the API's code and message", async () => {
    const api = scripted(refusal(21008111, 'The order or package does not belong to the current seller'));
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).rejects.toThrow(
      'TikTok Shop refused the request (21008111): The order or package does not belong to the current seller',
    );
  });

  it('says so when a non-busy answer is not the JSON envelope', async () => {
    const api = scripted({ status: 502, body: '<html>Bad gateway</html>' });
    await expect(callApi(ORDERS_CALL, api.shop, api.ports)).rejects.toThrow(
      'answered /order/202309/orders/search with HTTP 502 and no readable result',
    );
  });
});

describe('searchOrders', () => {
  const TOKEN = '6AsPQsUMvH3RkchNUPPh22NROHkE0D8pmq/N5M1kHYcZ+tRyv9aVrNv65W7Q6tFA';

  it('pages by next_page_token, 100 a page, oldest update first, and reports progress', async () => {
    const api = scripted(ok({ orders: [{ id: '1' }, { id: '2' }], next_page_token: TOKEN }), ok({ orders: [{ id: '3' }], next_page_token: '' }));
    const progress: number[] = [];
    const orders = await searchOrders({ update_time_ge: 1_796_000_000 }, api.shop, api.ports, (n) => progress.push(n));
    expect(orders).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
    expect(progress).toEqual([2, 3]);
    expect(api.sent.map((request) => request.query.page_token)).toEqual([undefined, TOKEN]);
    expect(api.sent[0].query).toMatchObject({ page_size: String(ORDER_PAGE_SIZE), sort_field: 'update_time', sort_order: 'ASC' });
    expect(api.sent[0].body).toBe('{"update_time_ge":1796000000}');
  });

  it('stops rather than loop when a page points back at itself', async () => {
    const api = scripted(ok({ orders: [{ id: '1' }], next_page_token: TOKEN }), ok({ orders: [{ id: '2' }], next_page_token: TOKEN }));
    await expect(searchOrders({}, api.shop, api.ports)).rejects.toThrow('gave the same next page twice (page 2)');
  });
});

describe('searchReturnsOfOrders', () => {
  it('asks for the returns of 50 orders at a time, 50 returns a page, and keeps the running count across searches', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `576000000${String(i).padStart(9, '0')}`);
    const api = scripted(ok({ return_orders: [{ return_id: 'a' }] }), ok({ return_orders: [] }), ok({ return_orders: [{ return_id: 'b' }] }));
    const progress: number[] = [];
    const returns = await searchReturnsOfOrders(ids, api.shop, api.ports, (n) => progress.push(n));
    expect(returns).toEqual([{ return_id: 'a' }, { return_id: 'b' }]);
    expect(progress).toEqual([1, 1, 2]);
    expect(api.sent.map((request) => (JSON.parse(request.body ?? '') as { order_ids: string[] }).order_ids.length)).toEqual([50, 50, 20]);
    expect(api.sent.map((request) => [request.path, request.query.page_size])).toEqual(
      Array.from({ length: 3 }, () => ['/return_refund/202309/returns/search', '50']),
    );
  });
});

describe('jitteredBackoff', () => {
  it('doubles its ceiling each retry up to 32 seconds, scaled by the random draw', () => {
    expect([0, 1, 2, 5, 9].map((attempt) => jitteredBackoff(attempt, () => 1))).toEqual([1000, 2000, 4000, 32000, 32000]);
    expect(jitteredBackoff(3, () => 0.25)).toBe(2000);
  });
});
