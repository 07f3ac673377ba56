import type { ApiPorts, HttpRequest } from '../core/api/apiClient';
import { jitteredBackoff } from '../core/api/apiErrors';
import { appsScriptHmacSha256 } from './hmacSha256';

/** The documented hosts (Partner Center, "Methods and endpoints", "Authorization overview"). */
const BASES = { api: 'https://open-api.tiktokglobalshop.com', auth: 'https://auth.tiktok-shops.com' } as const;

/** One call over UrlFetchApp: the query URL-encoded here (the signature used raw values); an HTTP error is an answer, not an exception. */
function send(request: HttpRequest): { status: number; body: string } {
  const query = Object.keys(request.query)
    .map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(request.query[key])}`)
    .join('&');
  const { 'content-type': contentType, ...headers } = request.headers;
  const response = UrlFetchApp.fetch(`${BASES[request.host]}${request.path}?${query}`, {
    method: request.method === 'POST' ? 'post' : 'get',
    headers,
    contentType: contentType ?? 'application/json',
    payload: request.body,
    muteHttpExceptions: true,
  });
  return { status: response.getResponseCode(), body: response.getContentText() };
}

/** The API's ports in Apps Script: UrlFetchApp, Utilities' HMAC, the clock, Utilities.sleep between retries. */
export function urlFetchPorts(refreshToken: ApiPorts['refreshToken']): ApiPorts {
  return {
    send,
    hmacSha256: appsScriptHmacSha256(),
    now: () => Math.floor(Date.now() / 1000),
    wait: (attempt) => Utilities.sleep(jitteredBackoff(attempt, Math.random)),
    refreshToken,
  };
}
