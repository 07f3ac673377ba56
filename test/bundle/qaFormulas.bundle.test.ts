import { itHasCustomFunctionStubs, loadBundle } from '../support/loadBundle';

const PRODUCTS = [
  ['Seller SKU', 'Product name', 'Price', 'Main images', 'Description'],
  ['MUG-01', 'Stoneware Mug', '$18.00', 6, 'Hand-thrown stoneware mug with a speckled glaze; holds 12 oz; dishwasher and microwave safe; '.repeat(3)],
  ['MUG-01', 'FREE SHIPPING Stoneware Mug', 0, 3, 'Mug.'],
];
const PROMOS = [
  ['Seller SKU', 'Type', 'List price', 'Promo price', 'Start', 'End', '30-day low', 'Stock'],
  ['MUG-01', 'Flash deal', 18, 17.5, '11/27/2026 8:00 PM', new Date('2026-12-02T04:00:00Z'), 18, 20],
  ['TEE-02', 'Product discount', 25, 20, '2026-11-27', '2026-11-30', '', 50],
];

const EXPECTED_PARAMS: Record<string, string[]> = {
  TTS_LISTING_QA: ['products'],
  TTS_PROMO_QA: ['promos', 'products'],
  TTS_UTM_CHECK: ['urls'],
  TTS_UTM_BUILD: ['base', 'source', 'medium', 'campaign', 'content', 'term'],
};

describe('QA formulas in the built Apps Script bundle (dist/Code.js)', () => {
  itHasCustomFunctionStubs(EXPECTED_PARAMS);

  it('spills listing findings from 2-D arrays as Sheets passes them', () => {
    const table = loadBundle().TTS_LISTING_QA(PRODUCTS) as unknown[][];
    expect(table[0]).toEqual(['Row', 'Severity', 'Check', 'Message', 'Fix']);
    expect(table.slice(1).map((row) => `${row[0]} ${row[1]} ${row[2]}`)).toEqual([
      '3 ERROR sku-duplicate',
      '3 ERROR title-promotional',
      '3 ERROR price-range',
      '3 WARNING images-few',
      '3 WARNING description-short',
    ]);
  });

  it('checks promotions, reading a Date cell in the spreadsheet time zone, with and without products', () => {
    // The End cell, 2026-12-02T04:00Z, is 1 Dec 20:00 in Los Angeles (96 hours after the start) and 23:00 in New York (99 hours).
    const la = loadBundle('America/Los_Angeles').TTS_PROMO_QA(PROMOS, '') as unknown[][];
    expect(la.slice(1).map((row) => row[3])).toEqual([
      'Discount 2.8% (list 18.00 → promo 17.50) is outside the flash deal band 10%–90%.',
      'Flash deal runs 96 hours (2026-11-27 20:00 to 2026-12-01 20:00); expected at most 72.',
    ]);
    const ny = loadBundle('America/New_York').TTS_PROMO_QA(PROMOS) as unknown[][];
    expect(ny[2][3]).toBe('Flash deal runs 99 hours (2026-11-27 20:00 to 2026-12-01 23:00); expected at most 72.');
    const withProducts = loadBundle().TTS_PROMO_QA(PROMOS, PRODUCTS) as unknown[][];
    expect(withProducts.map((row) => row[2])).toContain('sku-unknown');
  });

  it("writes prices in the shop's format from the Settings tab: a German shop's euros as its read-out writes them", () => {
    const settings = [
      ['Key', 'Value'],
      ['client.market', 'DE'],
    ];
    const table = loadBundle('Europe/Berlin', { Settings: settings }).TTS_PROMO_QA(PROMOS.slice(0, 2), '') as unknown[][];
    expect(table[1][3]).toBe('Discount 2,8\u00a0% (list 18,00\u00a0€ → promo 17,50\u00a0€) is outside the flash deal band 10\u00a0%–90\u00a0%.');
  });

  it('checks and builds tagged links', () => {
    const sheets = loadBundle();
    const url = sheets.TTS_UTM_BUILD('https://shop.example.com/p/mug', 'TikTok', 'Paid Social', 'Black Friday', '', '');
    expect(url).toBe('https://shop.example.com/p/mug?utm_source=tiktok&utm_medium=paid_social&utm_campaign=black_friday');
    expect(sheets.TTS_UTM_CHECK(url)).toBe('OK');
    expect(sheets.TTS_UTM_CHECK([[url], ['https://shop.example.com/?utm_source=tiktok&ttclid=1']])).toEqual([
      ['OK'],
      [
        'ttclid=1 is the click ID of one ad click (expected no ttclid in a link you share); no utm_medium (expected on every tagged link); no utm_campaign (expected on every tagged link)',
      ],
    ]);
  });

  it('throws an Error a user can act on for a range without its required columns, or a bad base URL', () => {
    const sheets = loadBundle();
    expect(() =>
      sheets.TTS_LISTING_QA([
        ['SKU', 'Price'],
        ['A', 1],
      ]),
    ).toThrow("could not find the product table's header row");
    expect(() => sheets.TTS_PROMO_QA('MUG-01')).toThrow("'promos' must be a range");
    expect(() => sheets.TTS_UTM_BUILD('shop.example.com', 'tiktok', 'cpc', 'bf', '', '')).toThrow("'base' must be a full URL");
  });
});
