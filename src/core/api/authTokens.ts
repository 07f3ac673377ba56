import { InputError } from '../values/errors';
import { envelopeOf, type ApiPorts, type HttpResponse } from './apiClient';
import { ApiRefusal } from './apiErrors';

/** The agency's partner app: its key and secret, never written to a workbook. */
export interface ApiApp {
  readonly appKey: string;
  readonly appSecret: string;
}

/** A shop authorization's tokens, as stored outside the workbook (user properties, the credentials file). */
export interface ShopTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Unix seconds; the API sends absolute times in its `*_expire_in` fields (its own sample: 7 days after the call). */
  readonly accessTokenExpiresAt: number;
  readonly refreshTokenExpiresAt: number;
  readonly sellerName: string;
}

export const TOKEN_GET_PATH = '/api/v2/token/get';
export const TOKEN_REFRESH_PATH = '/api/v2/token/refresh';

/**
 * Where a seller authorizes the app. With the service id Partner Center shows ("Copy authorization
 * link"), its services link; otherwise the legacy link on the authorization host, keyed by app key.
 */
export function authorizationLink(app: ApiApp, state: string, authBase: string, serviceId = ''): string {
  const state_ = encodeURIComponent(state);
  return serviceId
    ? `https://services.tiktokshop.com/open/authorize?service_id=${encodeURIComponent(serviceId)}&state=${state_}`
    : `${authBase.replace(/\/+$/, '')}/oauth/authorize?app_key=${encodeURIComponent(app.appKey)}&state=${state_}`;
}

/** Exchanges the code the seller's authorization gave (single use, 30 minutes) for the shop's tokens. */
export function exchangeAuthCode(app: ApiApp, authCode: string, ports: Pick<ApiPorts, 'send' | 'now'>): Promise<ShopTokens> {
  const code = authCode.trim();
  if (!/^[\w\-.~+/=]+$/.test(code))
    throw new InputError('The authorization code is blank or holds spaces; paste the code part of the link TikTok Shop sent back.');
  return tokenCall(TOKEN_GET_PATH, { app_key: app.appKey, app_secret: app.appSecret, auth_code: code, grant_type: 'authorized_code' }, ports);
}

/** A new access token (and refresh token) for an expired one. */
export function refreshTokens(app: ApiApp, refreshToken: string, ports: Pick<ApiPorts, 'send' | 'now'>): Promise<ShopTokens> {
  return tokenCall(
    TOKEN_REFRESH_PATH,
    { app_key: app.appKey, app_secret: app.appSecret, refresh_token: refreshToken, grant_type: 'refresh_token' },
    ports,
  );
}

/** The token calls carry the app secret in the query and are not signed (Partner Center, "Authorization overview"). */
async function tokenCall(path: string, query: Record<string, string>, ports: Pick<ApiPorts, 'send' | 'now'>): Promise<ShopTokens> {
  const response: HttpResponse = await ports.send({ host: 'auth', method: 'GET', path, query, headers: {} });
  const envelope = envelopeOf(response, path);
  if (!envelope) throw new InputError(`TikTok Shop's authorization host is busy (HTTP ${response.status}); try again in a few minutes.`);
  if (envelope.code !== 0) throw new ApiRefusal(envelope.code, envelope.message);
  return tokensOf(envelope.data, ports.now());
}

function tokensOf(data: unknown, now: number): ShopTokens {
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (name: string): string => {
    const value = fields[name];
    if (typeof value !== 'string' || !value) throw new InputError(`TikTok Shop's token answer has no '${name}'; connect again.`);
    return value;
  };
  const time = (name: string): number => {
    const value = fields[name];
    // The API documents these as absolute times; a duration (a small number) would expire tokens at once: said, not guessed.
    if (typeof value !== 'number' || value <= now) {
      throw new InputError(
        `TikTok Shop's token answer gives '${name}' that is not a future time (the documented meaning); the tokens were not stored.`,
      );
    }
    return value;
  };
  return {
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    accessTokenExpiresAt: time('access_token_expire_in'),
    refreshTokenExpiresAt: time('refresh_token_expire_in'),
    sellerName: typeof fields.seller_name === 'string' ? fields.seller_name : '',
  };
}

/**
 * The code from what the user pasted: the code itself, or the whole address TikTok Shop sent them back
 * to (`…?code=…&state=…`), whose state must be the one the link carried (else it answers another request).
 */
export function authCodeOf(pasted: string, state: string): string {
  const text = pasted.trim();
  if (!text.includes('code=')) return text;
  const params = queryParams(text.slice(text.indexOf('?') + 1));
  if (params.error) throw new InputError(`The authorization was refused (${params.error.slice(0, 40)}); open the link again and authorize the app.`);
  const returnedState = params.state;
  if (returnedState !== undefined && returnedState !== state) {
    throw new InputError(
      'The pasted address answers another authorization link (its state differs); open the link just printed and paste its answer.',
    );
  }
  return params.code ?? '';
}

const decoded = (part: string): string => decodeURIComponent(part.replace(/\+/g, ' '));

/** A query string's parameters, decoded (Apps Script has no URLSearchParams). */
function queryParams(query: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of query.split('#')[0].split('&')) {
    const equals = pair.includes('=') ? pair.indexOf('=') : pair.length;
    const name = decoded(pair.slice(0, equals));
    if (!(name in params)) params[name] = decoded(pair.slice(equals + 1));
  }
  return params;
}
