import { InputError } from '../values/errors';
import { RETRYABLE_CODES, RETRYABLE_HTTP, TOKEN_EXPIRED, ApiRefusal } from './apiErrors';
import type { HmacSha256 } from './hmacSha256';
import { signRequest } from './signRequest';

/** One HTTP exchange as the adapters carry it out (UrlFetchApp in Sheets, fetch locally, a mock in tests). */
export interface HttpRequest {
  /** The API host, or the authorization host (token get and refresh). */
  readonly host: 'api' | 'auth';
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Raw values: the transport URL-encodes them (a page token holds `/` and `+`), the signature uses them as they are. */
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}
export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

/** Everything a call needs from outside the core. */
export interface ApiPorts {
  readonly send: (request: HttpRequest) => Promise<HttpResponse> | HttpResponse;
  readonly hmacSha256: HmacSha256;
  /** Unix seconds now: the timestamp is checked within minutes by the API, so it is taken per attempt. */
  readonly now: () => number;
  /** Pauses before retry number `attempt` (0-based); tests pass one that records and returns at once. */
  readonly wait: (attempt: number) => Promise<void> | void;
  /** A fresh access token after 105002 (token expired); the caller stores it. */
  readonly refreshToken: () => Promise<string> | string;
}

export interface ApiShop {
  readonly appKey: string;
  readonly appSecret: string;
  accessToken: string;
  /** Sent on shop calls; never on /authorization or /seller calls. */
  readonly shopCipher?: string;
}

export interface ApiCall {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** Retries of a busy answer (429, 503, rate limited, internal error, timeout) before giving up. */
export const MAX_RETRIES = 5;

const SHOPLESS_PATH = /^\/(authorization|seller)\//;

export interface Envelope {
  readonly code: number;
  readonly message: string;
  readonly data?: unknown;
}

/** The answer's `{code, message, data}`; undefined for a busy answer without one; a message for anything else unreadable. */
export function envelopeOf(response: HttpResponse, path: string): Envelope | undefined {
  try {
    const parsed: unknown = JSON.parse(response.body);
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as Envelope).code === 'number') {
      const { code, message, data } = parsed as Envelope;
      return { code, message: typeof message === 'string' ? message : '', data };
    }
  } catch {
    // not JSON: judged by the HTTP status below
  }
  if (RETRYABLE_HTTP.has(response.status)) return undefined;
  throw new InputError(`TikTok Shop answered ${path} with HTTP ${response.status} and no readable result; try again later.`);
}

/**
 * One signed call of the Open API, returning its `data`: retried after a pause when the API is busy,
 * once with a refreshed token when the token expired; any other refusal a message with the API's code.
 */
export async function callApi(call: ApiCall, shop: ApiShop, ports: ApiPorts): Promise<unknown> {
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    const query: Record<string, string> = { ...call.query, app_key: shop.appKey, timestamp: String(ports.now()) };
    if (shop.shopCipher && !SHOPLESS_PATH.test(call.path)) query.shop_cipher = shop.shopCipher;
    query.sign = signRequest({ path: call.path, query, body: call.body }, shop.appSecret, ports.hmacSha256);
    const headers = { 'content-type': 'application/json', 'x-tts-access-token': shop.accessToken };
    const response = await ports.send({ host: 'api', method: call.method, path: call.path, query, headers, body: call.body });
    const envelope = envelopeOf(response, call.path);
    if (envelope?.code === 0) return envelope.data;
    if (envelope?.code === TOKEN_EXPIRED && !refreshed) {
      refreshed = true;
      shop.accessToken = await ports.refreshToken();
      continue;
    }
    const busy = RETRYABLE_HTTP.has(response.status) || !envelope || RETRYABLE_CODES.has(envelope.code);
    if (envelope && !busy) throw new ApiRefusal(envelope.code, envelope.message);
    if (attempt >= MAX_RETRIES) {
      const what = envelope ? `code ${envelope.code}` : `HTTP ${response.status}`;
      throw new InputError(`TikTok Shop stayed busy after ${MAX_RETRIES} retries (${what}); try again in a few minutes.`);
    }
    await ports.wait(attempt);
  }
}
