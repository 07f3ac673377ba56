import { signRequest, stringToSign } from '../../../src/core/api/signRequest';
import { nodeHmacSha256 } from '../../../src/local/api/hmacSha256';
import { SIGNING_VECTORS } from './signingVectors';

describe('signRequest', () => {
  it.each(SIGNING_VECTORS.map((vector) => [vector.name, vector] as const))('%s', (_name, { secret, request, sign }) => {
    expect(signRequest(request, secret, nodeHmacSha256)).toBe(sign);
  });

  it('builds the documented string: secret, path, sorted key-values, body, secret; sign and access_token left out', () => {
    const request = { path: '/authorization/202309/shops', query: { timestamp: '1623812664', sign: 'old', app_key: '29a39d' } };
    expect(stringToSign(request, 'e59af819cc')).toBe('e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc');
  });

  it('leaves a multipart body out of the signature', () => {
    const request = { path: '/product/202309/images/upload', query: { app_key: 'k' }, body: '--boundary', multipart: true };
    expect(stringToSign(request, 's')).toBe('s/product/202309/images/uploadapp_keyks');
  });

  it('lowercases a port that answers in uppercase hex (the server compares case-sensitively)', () => {
    const upper = (key: string, message: string): string => nodeHmacSha256(key, message).toUpperCase();
    const [v1] = SIGNING_VECTORS;
    expect(signRequest(v1.request, v1.secret, upper)).toBe(v1.sign);
  });
});
