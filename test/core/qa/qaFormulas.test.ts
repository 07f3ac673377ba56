import { ttsListingQa, ttsPromoQa, ttsUtmBuild, ttsUtmCheck } from '../../../src/core/formulas/qaFormulas';
import { LINK_TAB_HEADERS } from '../../../src/core/qa/linkColumns';
import { withSettings } from '../../../src/core/settings/settings';
import { GOOD_DESCRIPTION, PRODUCT_HEADERS, PRODUCTS_FOR_PROMOS, PROMO_HEADERS, promoRow } from './qaTestTables';

const settings = withSettings();
const GOOD = 'https://shop.example.com/p/mug?utm_source=tiktok&utm_medium=paid_social&utm_campaign=bf';

describe('TTS_LISTING_QA and TTS_PROMO_QA tables', () => {
  it('spill Row, Severity, Check, Message, Fix', () => {
    const table = ttsListingQa([PRODUCT_HEADERS, ['MUG-01', 'Coffee Mug', '', 0, 5, GOOD_DESCRIPTION, '']], settings);
    expect(table).toEqual([
      ['Row', 'Severity', 'Check', 'Message', 'Fix'],
      [
        2,
        'ERROR',
        'price-range',
        'Price 0.00 is outside 0.01–7,600.00.',
        'Correct the price; the shop accepts 0.01–7,600.00 (Settings qa.priceMin and qa.priceMax; 0.01–7,600 in the US).',
      ],
    ]);
  });

  it('give one OK row, five cells wide, when nothing is found', () => {
    expect(ttsListingQa([PRODUCT_HEADERS, ['MUG-01', 'Coffee Mug', '', 12, 5, GOOD_DESCRIPTION, '']], settings)).toEqual([
      ['OK', '', '', 'No problems found in the product table.', ''],
    ]);
    const promos = [
      PROMO_HEADERS,
      promoRow({ sku: 'MUG-01', type: 'Product discount', list: 20, price: 16, start: '2026-11-01', end: '2026-11-03', stock: 5 }),
    ];
    expect(ttsPromoQa(promos, '', settings)).toEqual([['OK', '', '', 'No problems found in the promotion table.', '']]);
    expect(ttsPromoQa(promos, PRODUCTS_FOR_PROMOS, settings)).toEqual([['OK', '', '', 'No problems found in the promotion table.', '']]);
  });
});

describe('TTS_UTM_CHECK', () => {
  it('gives one value for one URL, blank for a blank cell', () => {
    expect(ttsUtmCheck(GOOD, settings)).toBe('OK');
    expect(ttsUtmCheck('https://shop.example.com/?utm_source=tiktok&utm_medium=paid_social', settings)).toBe(
      'no utm_campaign (expected on every tagged link)',
    );
    expect(ttsUtmCheck('', settings)).toBe('');
  });

  it('gives a column for a column of URLs, problems joined with "; "', () => {
    expect(ttsUtmCheck([[GOOD], [''], ['https://shop.example.com/?utm_source=TikTok&utm_medium=paid&utm_campaign=x&ttclid=1']], settings)).toEqual([
      ['OK'],
      [''],
      ["utm_source 'TikTok' has upper case (expected 'tiktok'); ttclid=1 is the click ID of one ad click (expected no ttclid in a link you share)"],
    ]);
  });

  it("reads a links table: 'UTM check' on its header row, macros allowed on ad-template rows", () => {
    const template = 'https://shop.example.com/?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAME__';
    const links = [
      ['Client links', '', '', '', '', '', '', '', ''],
      LINK_TAB_HEADERS,
      [
        'Bio link',
        'https://shop.example.com',
        'tiktok',
        'social',
        'bio',
        '',
        '',
        '',
        'https://shop.example.com/?utm_source=tiktok&utm_medium=social&utm_campaign=bio',
      ],
      ['Ad', 'https://shop.example.com', 'tiktok', 'paid_social', '__CAMPAIGN_NAME__', '', '', 'yes', template],
      ['Pasted', '', '', '', '', '', '', '', template],
      ['', '', '', '', '', '', '', '', ''],
    ];
    expect(ttsUtmCheck(links, settings)).toEqual([
      [''],
      ['UTM check'],
      ['OK'],
      ['OK'],
      ['unfilled TikTok macro __CAMPAIGN_NAME__ (expected a real value outside a TikTok ad URL template)'],
      [''],
    ]);
  });
});

describe('TTS_UTM_BUILD', () => {
  it('reads cells as text and leaves out blank content and term', () => {
    expect(ttsUtmBuild('https://shop.example.com/p/mug\t', 'TikTok', 'Paid Social', 2026, '', null)).toBe(
      'https://shop.example.com/p/mug?utm_source=tiktok&utm_medium=paid_social&utm_campaign=2026',
    );
  });
});
