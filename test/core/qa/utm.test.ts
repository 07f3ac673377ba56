import { InputError } from '../../../src/core/values/errors';
import { DEFAULT_QA_SETTINGS } from '../../../src/core/settings/qaSettings';
import { buildUtmUrl, utmIssues, utmProblems } from '../../../src/core/qa/utm';
import { withSettings } from '../../../src/core/settings/settings';

const SHOP = 'https://shop.example.com/products/mug';

describe('utmProblems', () => {
  it('passes a clean paid-social link and an organic one', () => {
    expect(utmProblems(`${SHOP}?utm_source=tiktok&utm_medium=paid_social&utm_campaign=bf_2026`)).toEqual([]);
    expect(utmProblems(`${SHOP}?utm_source=instagram&utm_medium=social&utm_campaign=bf_2026&utm_content=reel_1`)).toEqual([]);
    expect(utmProblems(`${SHOP}?utm_source=newsletter&utm_medium=email&utm_campaign=bf_2026`)).toEqual([]);
  });

  it('names each problem with the value found and the value expected', () => {
    expect(utmProblems(`${SHOP}?utm_source=TikTok&utm_medium=cpc&utm_campaign=Black Friday&utm_source=tiktok&ttclid=E.C.P.CqgBabc`)).toEqual([
      "utm_source 'TikTok' has upper case (expected 'tiktok')",
      "utm_campaign 'Black Friday' has spaces (expected 'black_friday')",
      'ttclid=E.C.P.CqgBabc is the click ID of one ad click (expected no ttclid in a link you share)',
      'utm_source appears 2 times (expected once)',
    ]);
  });

  it('wants a full http(s) URL and the three required keys', () => {
    expect(utmProblems('shop.example.com/mug?utm_source=ig')).toEqual([
      "'shop.example.com/mug?utm_source=ig' is not a full http(s) URL (expected https://, a domain, then the path)",
      'no utm_medium (expected on every tagged link)',
      'no utm_campaign (expected on every tagged link)',
    ]);
    expect(utmProblems('ftp://shop.example.com/?utm_source=a&utm_medium=b&utm_campaign=c')[0]).toContain('is not a full http(s) URL');
    expect(utmProblems('https://shop/?utm_source=a&utm_medium=b&utm_campaign=c')[0]).toContain('is not a full http(s) URL');
    // Tags after '#' never reach GA4.
    expect(utmProblems('https://shop.example.com/#/mug?utm_source=a&utm_medium=b&utm_campaign=c')).toHaveLength(3);
  });

  it('flags empty values, upper-case keys, broken escapes and + or %20 spaces', () => {
    expect(utmProblems(`${SHOP}?UTM_Source=tiktok&utm_medium=&utm_campaign=bf%20sale&utm_content=a%2`)).toEqual([
      "key 'UTM_Source' has upper case (expected 'utm_source')",
      'utm_medium is empty (expected a value)',
      "utm_campaign 'bf sale' has spaces (expected 'bf_sale')",
      "'a%2' has a broken %-escape (expected % and two hex digits)",
    ]);
    expect(utmProblems(`${SHOP}?utm_source=tiktok&utm_medium=paid&utm_campaign=bf+sale`)).toEqual([
      "utm_campaign 'bf sale' has spaces (expected 'bf_sale')",
    ]);
  });

  it('flags a social source whose medium GA4 files as neither Paid Social nor organic (GA4 answer 9756891)', () => {
    const link = (source: string, medium: string) => `${SHOP}?utm_source=${source}&utm_medium=${medium}&utm_campaign=bf`;
    expect(utmProblems(link('tiktok', 'video'))).toEqual([
      "utm_medium 'video' with social source 'tiktok' is Organic Social in GA4 (expected a paid medium such as paid_social, cpc or ppc, or 'social' for an organic post)",
    ]);
    expect(utmProblems(link('m.facebook.com', 'ads'))).toHaveLength(1);
    for (const medium of ['cpc', 'ppc', 'paid', 'paid_social', 'retargeting', 'cpm', 'social', 'sm'])
      expect(utmProblems(link('tiktok', medium))).toEqual([]);
    expect(utmProblems(link('newsletter', 'video'))).toEqual([]);
    const strict = withSettings({ qa: { ...DEFAULT_QA_SETTINGS, organicSocialMediums: [] } });
    expect(utmProblems(link('tiktok', 'social'), strict)).toHaveLength(1);
  });

  it('allows TikTok macros only in an ad URL template', () => {
    const template = `${SHOP}?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAME__&utm_content=__CID_NAME__`;
    expect(utmProblems(template, undefined, true)).toEqual([]);
    expect(utmProblems(template)).toEqual([
      'unfilled TikTok macro __CAMPAIGN_NAME__ (expected a real value outside a TikTok ad URL template)',
      'unfilled TikTok macro __CID_NAME__ (expected a real value outside a TikTok ad URL template)',
    ]);
  });

  it('gives each problem with its rule id, severity and fix for tables of findings', () => {
    expect(utmIssues(`${SHOP}?utm_source=tiktok&utm_medium=paid&utm_campaign=bf&ttclid=abc`)).toEqual([
      {
        id: 'click-id',
        severity: 'ERROR',
        message: 'ttclid=abc is the click ID of one ad click (expected no ttclid in a link you share)',
        fix: 'Remove ttclid: TikTok adds it to every ad click by itself.',
      },
    ]);
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '',
      ' ',
      '?',
      '&&&',
      'https://',
      'https://a.b/?=',
      '%%%',
      'x'.repeat(20000),
      'https://a.com/?' + 'utm_source=a&'.repeat(2000),
    ]) {
      expect(Array.isArray(utmProblems(text))).toBe(true);
    }
  });
});

describe('buildUtmUrl', () => {
  it('builds a clean link: lower case, spaces as _, encoded, macros kept, old tags and click IDs replaced, fragment last', () => {
    expect(
      buildUtmUrl(
        'https://shop.example.com/p/mug?color=red&utm_source=old&ttclid=123#reviews',
        ' TikTok ',
        'Paid Social',
        'Black Friday 2026',
        '',
        'mug & cup',
      ),
    ).toBe(
      'https://shop.example.com/p/mug?color=red&utm_source=tiktok&utm_medium=paid_social&utm_campaign=black_friday_2026&utm_term=mug_%26_cup#reviews',
    );
    expect(buildUtmUrl('https://shop.example.com', 'tiktok', 'paid_social', '__CAMPAIGN_NAME__', '__CID__')).toBe(
      'https://shop.example.com?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAME__&utm_content=__CID__',
    );
  });

  it('builds links that pass the check', () => {
    const url = buildUtmUrl('https://shop.example.com/p/mug', 'Instagram', 'Paid Social', 'Spring Drop', 'Reel A');
    expect(utmProblems(url)).toEqual([]);
  });

  it('refuses a base that is not a full URL, and a blank source, medium or campaign', () => {
    expect(() => buildUtmUrl('shop.example.com', 'a', 'b', 'c')).toThrow(InputError);
    expect(() => buildUtmUrl('shop.example.com', 'a', 'b', 'c')).toThrow("'base' must be a full URL starting with https://");
    expect(() => buildUtmUrl('https://shop.example.com', 'tiktok', ' ', 'c')).toThrow("'medium' is blank; every tagged link needs utm_medium.");
  });
});
