import { LINK_TAB_HEADERS } from '../qa/linkColumns';
import { PRODUCT_TAB_HEADERS } from '../qa/productColumns';
import { PROMO_TAB_HEADERS } from '../qa/promoColumns';
import { PROMO_TYPES } from '../qa/promoTypes';
import type { SetupTab } from './setupTabs';

const TEXT = { numberFormat: '@' } as const; // codes such as 00123 or a UPC keep their leading zeros
const DATE_TIME = { validation: { kind: 'date' }, numberFormat: 'yyyy-mm-dd hh:mm', width: 130 } as const;
const PRICE = { numberFormat: '#,##0.00', validation: { kind: 'number', min: 0 } } as const;
const FRACTION = { numberFormat: '0%', validation: { kind: 'number', min: 0, max: 1 } } as const;

/** The tabs the QA checks read: headers are the QA modules' canonical names, so the checks find every column. */
export const QA_TABS: readonly SetupTab[] = [
  {
    name: 'Products',
    instruction:
      'One row per SKU: the listing QA (TTS · QA tab, TTS_LISTING_QA) checks titles, image counts, descriptions, prices, Seller SKUs and UPC/EAN codes.',
    headers: PRODUCT_TAB_HEADERS,
    columns: {
      'Seller SKU': TEXT,
      'Product name': { width: 320 },
      Price: PRICE,
      'Main images': { validation: { kind: 'number', min: 0, max: 9 } },
      Description: { width: 320 },
      'UPC/EAN': TEXT,
    },
  },
  {
    name: 'Promos',
    instruction:
      'One row per SKU and promotion: the promo QA (TTS · QA tab, TTS_PROMO_QA) checks discount bands, dates, 30-day lows, overlaps and prices against Products.',
    headers: PROMO_TAB_HEADERS,
    columns: {
      'Seller SKU': TEXT,
      Type: { validation: { kind: 'list', values: Object.values(PROMO_TYPES).map((type) => type.label) } },
      'List price': PRICE,
      'Promo price': PRICE,
      Discount: FRACTION,
      'Amount off': PRICE,
      Start: DATE_TIME,
      End: DATE_TIME,
      '30-day low': PRICE,
      Stock: { validation: { kind: 'number', min: 0 } },
      'Tier 1 discount': FRACTION,
      'Tier 2 discount': FRACTION,
    },
  },
  {
    name: 'Links',
    instruction:
      'One row per tracked link: fill Base URL and the utm_ parts, then put =TTS_UTM_BUILD(B3, C3, D3, E3, F3, G3) (or the finished link) in URL. Ad template: Yes for TikTok ad URL templates (macros allowed).',
    headers: LINK_TAB_HEADERS,
    columns: {
      'Base URL': { width: 280 },
      'Ad template': { validation: { kind: 'list', values: ['Yes', 'No'] } },
      URL: { width: 420 },
    },
  },
];
