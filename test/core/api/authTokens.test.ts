import { authCodeOf, authorizationLink, exchangeAuthCode } from '../../../src/core/api/authTokens';
import { chooseShop } from '../../../src/core/api/authorizedShops';
import { FAKE_APP, FAKE_AUTH_CODE, fakeTikTokShop } from '../../support/fakeTikTokShop';

const NOW = 1_796_600_000;
const app = { appKey: FAKE_APP.appKey, appSecret: FAKE_APP.appSecret };

describe('authorization', () => {
  it('links to Partner Center’s service page when its id is known, else to the legacy page by app key', () => {
    expect(authorizationLink(app, 's1', 'https://auth.tiktok-shops.com/', '7123')).toBe(
      'https://services.tiktokshop.com/open/authorize?service_id=7123&state=s1',
    );
    expect(authorizationLink(app, 's1', 'https://auth.tiktok-shops.com/')).toBe(
      'https://auth.tiktok-shops.com/oauth/authorize?app_key=testkey123&state=s1',
    );
  });

  it('takes the code alone or from the whole address sent back, refusing another link’s answer or a refusal', () => {
    expect(authCodeOf('  TTP_abc  ', 's1')).toBe('TTP_abc');
    expect(authCodeOf('https://agency.example/cb?code=TTP_abc&state=s1', 's1')).toBe('TTP_abc');
    expect(() => authCodeOf('https://agency.example/cb?code=TTP_abc&state=other', 's1')).toThrow('its state differs');
    expect(() => authCodeOf('https://agency.example/cb?code=null&error=auth_denied&state=s1', 's1')).toThrow(
      'The authorization was refused (auth_denied)',
    );
  });

  it('exchanges the code once for tokens whose expiry is an absolute time; a second use is refused with the API’s code', async () => {
    const fake = fakeTikTokShop({ orders: [], now: NOW });
    const ports = { send: fake.handle, now: () => NOW };
    const tokens = await exchangeAuthCode(app, FAKE_AUTH_CODE, ports);
    expect([tokens.accessToken, tokens.accessTokenExpiresAt - NOW]).toEqual(['TTP_first', 7 * 86400]);
    await expect(exchangeAuthCode(app, FAKE_AUTH_CODE, ports)).rejects.toThrow('TikTok Shop refused the request (36004004): Invalid auth_code');
  });

  it('refuses an expiry that is a duration rather than a time: tokens would be stored as already expired', async () => {
    const send = () => ({
      status: 200,
      body: JSON.stringify({
        code: 0,
        message: 'ok',
        data: { access_token: 'a', refresh_token: 'r', access_token_expire_in: 604800, refresh_token_expire_in: 31536000 },
      }),
    });
    await expect(exchangeAuthCode(app, 'code', { send, now: () => NOW })).rejects.toThrow("'access_token_expire_in' that is not a future time");
  });

  it('picks the shop asked for, or the only one; several without a choice are listed', () => {
    const shops = [
      { id: '1', name: 'Maple US', region: 'US', cipher: 'c1' },
      { id: '2', name: 'Maple UK', region: 'GB', cipher: 'c2' },
    ];
    expect(chooseShop(shops, '2', 'with --shop').name).toBe('Maple UK');
    expect(chooseShop(shops.slice(0, 1), undefined, 'with --shop').id).toBe('1');
    expect(() => chooseShop(shops, undefined, 'with --shop')).toThrow('covers 2 shops; pick one with --shop: 1 (Maple US, US); 2 (Maple UK, GB)');
    expect(() => chooseShop(shops, '3', 'with --shop')).toThrow('does not cover shop 3');
  });
});
