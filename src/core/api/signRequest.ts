import type { HmacSha256 } from './hmacSha256';

/** A TikTok Shop Open API request as it will be sent: what its signature covers. */
export interface SignableRequest {
  /** The URL path only, no host and no query: `/order/202309/orders/search`. */
  readonly path: string;
  /** Query parameters with their raw (not URL-encoded) values. */
  readonly query: Readonly<Record<string, string>>;
  /** The body exactly as sent; none on GET. */
  readonly body?: string;
  /** A multipart/form-data body is not signed. */
  readonly multipart?: boolean;
}

/** Never signed: `sign` is the result, and the access token travels in a header. */
const UNSIGNED_PARAMS: ReadonlySet<string> = new Set(['sign', 'access_token']);

/**
 * The text the signature is computed over (Partner Center, "Sign your API request"): the app secret,
 * the path, each query key and value by key in byte order with no separators, the body, the secret.
 */
export function stringToSign(request: SignableRequest, appSecret: string): string {
  const params = Object.keys(request.query)
    .filter((key) => !UNSIGNED_PARAMS.has(key))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => key + request.query[key])
    .join('');
  const body = request.multipart ? '' : (request.body ?? '');
  return appSecret + request.path + params + body + appSecret;
}

/** The request's `sign` parameter: HMAC-SHA256 keyed by the app secret, lowercase hex. */
export function signRequest(request: SignableRequest, appSecret: string, hmacSha256: HmacSha256): string {
  return hmacSha256(appSecret, stringToSign(request, appSecret)).toLowerCase();
}
