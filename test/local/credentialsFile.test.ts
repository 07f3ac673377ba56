import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectedShop } from '../../src/core/api/authorizedShops';
import { credentialsPath, readCredentials, storeShops } from '../../src/local/api/credentialsFile';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const shop = (name: string): ConnectedShop => ({
  appKey: 'testkey123',
  name,
  region: 'US',
  cipher: 'ROW_x',
  accessToken: `TTP_${name}`,
  refreshToken: 'TTP_r',
  accessTokenExpiresAt: 1_796_600_000,
  refreshTokenExpiresAt: 1_828_000_000,
  sellerName: name,
});

describe('the credentials file', () => {
  it('lives under $XDG_CONFIG_HOME/tts-ops, else ~/.config/tts-ops', () => {
    expect(credentialsPath({ XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/tts-ops/credentials.json');
    expect(credentialsPath({})).toMatch(/\/\.config\/tts-ops\/credentials\.json$/);
  });

  it('keeps shops by id, adding to those stored, readable by its owner only even when it was not', async () => {
    const path = join(folder(), 'tts-ops', 'credentials.json');
    await storeShops(path, { '1': shop('Maple') });
    chmodSync(path, 0o644);
    await storeShops(path, { '2': shop('Birch') });
    expect(Object.keys(await readCredentials(path))).toEqual(['1', '2']);
    expect([statSync(path).mode & 0o777, statSync(join(folder(), 'tts-ops')).mode & 0o777]).toEqual([0o600, 0o700]);
  });

  it('reads none when missing, and refuses a file that is not one', async () => {
    expect(await readCredentials(join(folder(), 'none.json'))).toEqual({});
    mkdirSync(join(folder(), 'x'));
    writeFileSync(join(folder(), 'x', 'credentials.json'), '[1, 2]');
    await expect(readCredentials(join(folder(), 'x', 'credentials.json'))).rejects.toThrow('is not a TTS Ops credentials file');
  });
});
