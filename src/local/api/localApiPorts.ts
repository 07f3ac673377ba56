import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiPorts } from '../../core/api/apiClient';
import { jitteredBackoff } from '../../core/api/apiErrors';
import type { ApiEnvironment } from './apiEnvironment';
import { nodeHmacSha256 } from './hmacSha256';
import { nodeTransport } from './nodeTransport';

/** The API's ports on Node: fetch, node:crypto, the clock, a jittered sleep; `refreshToken` as the command gives it. */
export function localApiPorts(env: ApiEnvironment, refreshToken: ApiPorts['refreshToken']): ApiPorts {
  return {
    send: nodeTransport(env),
    hmacSha256: nodeHmacSha256,
    now: () => Math.floor(Date.now() / 1000),
    wait: (attempt) => sleep(jitteredBackoff(attempt, Math.random)).then(() => undefined),
    refreshToken,
  };
}
