import type { HttpRequest, HttpResponse } from '../../core/api/apiClient';
import { InputError } from '../../core/values/errors';

/** How long one call may take before it counts as failed. */
const CALL_TIMEOUT_MS = 60_000;

/** Sends a call with Node's fetch to the API or the authorization host; the query is URL-encoded here (the signature used raw values). */
export function nodeTransport(bases: { readonly apiBase: string; readonly authBase: string }): (request: HttpRequest) => Promise<HttpResponse> {
  return async (request) => {
    const base = request.host === 'auth' ? bases.authBase : bases.apiBase;
    const url = `${base}${request.path}?${new URLSearchParams(request.query as Record<string, string>).toString()}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (error) {
      const inner = (error as { cause?: { message?: unknown } } | null)?.cause?.message;
      const cause = typeof inner === 'string' ? inner : error instanceof Error ? error.message : String(error);
      throw new InputError(`Cannot reach TikTok Shop at ${new URL(base).host} (${cause}); check the connection and try again.`);
    }
    return { status: response.status, body: await response.text() };
  };
}
