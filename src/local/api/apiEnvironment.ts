import type { ApiApp } from '../../core/api/authTokens';
import { InputError } from '../../core/values/errors';

/** The documented hosts (Partner Center, "Methods and endpoints", "Authorization overview"). */
export const DEFAULT_API_BASE = 'https://open-api.tiktokglobalshop.com';
export const DEFAULT_AUTH_BASE = 'https://auth.tiktok-shops.com';

/** The agency's app and the hosts, from the environment (TTS_OPS_APP_KEY, TTS_OPS_APP_SECRET, TTS_OPS_API_BASE, TTS_OPS_AUTH_BASE, TTS_OPS_SERVICE_ID). */
export interface ApiEnvironment {
  readonly app: ApiApp;
  readonly apiBase: string;
  readonly authBase: string;
  /** Partner Center's service id, for the services authorization link; '' for the legacy link. */
  readonly serviceId: string;
}

export function apiEnvironment(env: NodeJS.ProcessEnv = process.env): ApiEnvironment {
  const appKey = env.TTS_OPS_APP_KEY?.trim() ?? '';
  const appSecret = env.TTS_OPS_APP_SECRET?.trim() ?? '';
  if (!appKey || !appSecret) {
    throw new InputError(
      'Set TTS_OPS_APP_KEY and TTS_OPS_APP_SECRET to your partner app’s key and secret (Partner Center › App & Service › your app) before connecting or pulling.',
    );
  }
  return {
    app: { appKey, appSecret },
    apiBase: baseOf(env.TTS_OPS_API_BASE, DEFAULT_API_BASE, 'TTS_OPS_API_BASE'),
    authBase: baseOf(env.TTS_OPS_AUTH_BASE, DEFAULT_AUTH_BASE, 'TTS_OPS_AUTH_BASE'),
    serviceId: env.TTS_OPS_SERVICE_ID?.trim() ?? '',
  };
}

function baseOf(value: string | undefined, fallback: string, name: string): string {
  const base = value?.trim() || fallback;
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/.test(base)) throw new InputError(`${name} must be an address such as ${fallback}.`);
  return base.replace(/\/+$/, '');
}
