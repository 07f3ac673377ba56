import { createHmac } from 'node:crypto';
import { signRequest } from '../../src/core/api/signRequest';
import { appsScriptHmacSha256 } from '../../src/sheets/hmacSha256';
import { SIGNING_VECTORS } from '../core/api/signingVectors';

/** Utilities as Apps Script has it: the digest as signed bytes (-128..127). */
const fakeUtilities = {
  Charset: { UTF_8: 'UTF_8' },
  computeHmacSha256Signature: (message: string, key: string) => [...new Int8Array(createHmac('sha256', key).update(message).digest())],
} as unknown as Parameters<typeof appsScriptHmacSha256>[0];

describe('appsScriptHmacSha256', () => {
  it.each(SIGNING_VECTORS.map((vector) => [vector.name, vector] as const))('%s', (_name, { secret, request, sign }) => {
    expect(signRequest(request, secret, appsScriptHmacSha256(fakeUtilities))).toBe(sign);
  });
});
