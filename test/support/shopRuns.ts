import { createHmac } from 'node:crypto';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { AUTH, boardRun, type BoardRun } from './boardFakes';
import { FAKE_APP, FAKE_AUTH_CODE, type FakeShop } from './fakeTikTokShop';

export const API_SCOPE = `${AUTH}script.external_request`;
export const API_START = '2026-12-07T12:00:00Z';
const BASES = { 'https://open-api.tiktokglobalshop.com': 'api', 'https://auth.tiktok-shops.com': 'auth' } as const;
export const SEARCH = '/order/202309/orders/search';

/** UrlFetchApp and Utilities as Apps Script has them, each fetch answered by `shop` on the run's clock after `secondsPerCall`. */
export const shopServices = (shop: FakeShop, secondsPerCall: number) => (clock: { now: number }) => ({
  UrlFetchApp: {
    fetch: (url: string, options: { method: string; headers: Record<string, string>; contentType: string; payload?: string }) => {
      clock.now += secondsPerCall * 1000;
      shop.options.now = Math.floor(clock.now / 1000);
      const [base, host] = Object.entries(BASES).find(([prefix]) => url.startsWith(prefix))!;
      const parsed = new URL(url.slice(base.length), 'http://x');
      const answer = shop.handle({
        host,
        method: options.method === 'post' ? 'POST' : 'GET',
        path: parsed.pathname,
        query: Object.fromEntries(parsed.searchParams),
        headers: { ...options.headers, 'content-type': options.contentType },
        body: options.payload,
      });
      return { getResponseCode: () => answer.status, getContentText: () => answer.body };
    },
  },
  Utilities: {
    Charset: { UTF_8: 'UTF_8' },
    computeHmacSha256Signature: (message: string, key: string) => [...new Int8Array(createHmac('sha256', key).update(message).digest())],
    getUuid: () => 'state-1',
    sleep: (ms: number) => (clock.now += ms),
  },
});

/** A run of the bundle after `after` (the user's and the document's properties as it left them), the fake clock at `start`. */
export function sheetsRun(
  spreadsheet: FakeSpreadsheet,
  shop: FakeShop,
  options: { granted?: string[]; secondsPerCall?: number; start?: string; after?: BoardRun; user?: Record<string, string> } = {},
) {
  const run = boardRun(spreadsheet, [], {
    granted: [API_SCOPE],
    start: API_START,
    ...options,
    services: shopServices(shop, options.secondsPerCall ?? 1),
  });
  Object.assign(run.app.userProperties.values, options.after?.app.userProperties.values, options.user);
  Object.assign(run.app.properties.values, options.after?.app.properties.values);
  return run;
}

/** Connects the fake shop to a spreadsheet (a new one by default) through the menu: app key, secret, then the whole address the user was sent back to. */
export async function connected(shop: FakeShop, spreadsheet = new FakeSpreadsheet()) {
  const run = sheetsRun(spreadsheet, shop);
  run.app.ui.answers.push(FAKE_APP.appKey, FAKE_APP.appSecret, `https://agency.example/callback?code=${FAKE_AUTH_CODE}&state=state-1`);
  await run.sheets.ttsConnectTikTokShop();
  return { spreadsheet, run };
}
