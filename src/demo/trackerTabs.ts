import { gs1CheckDigit } from '../core/qa/gtin';
import { LINK_TAB_HEADERS } from '../core/qa/linkColumns';
import { PRODUCT_TAB_HEADERS } from '../core/qa/productColumns';
import { PROMO_TAB_HEADERS } from '../core/qa/promoColumns';
import { PLAN_TABS } from '../core/workbook/setupTabs';
import { INPUT_TABS } from '../core/workbook/tabNames';
import type { CellValue } from '../core/workbook/workbookPort';
import { instantOfWallClock } from '../core/values/zonedDates';
import { CATALOG_SKUS, type CatalogSku } from './catalog';
import { DEMO_SEED } from './generateDemoClient';
import { Rng } from './random';

/** A tracker tab's demo rows, in the order of its headers. */
export interface TrackerTab {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: CellValue[][];
}

type Row = Record<string, CellValue>;

/**
 * The demo client's Products, Promos, Links, Action items, Risks, 30-60-90 plan and Promo calendar rows, with a few defects for the QA
 * read-out to find: promotional wording in a title, a product with 3 images, a short description,
 * a bad UPC check digit, a promo price above the list price, a 96-hour flash deal, a flash deal not
 * below its 30-day low, a link without utm_medium, an upper-case campaign, an unfilled TikTok macro.
 * Dates are shop time in `timeZone`, around Black Friday 2026 (Nov 27).
 */
export function demoTrackerTabs(timeZone: string, seed = DEMO_SEED): TrackerTab[] {
  const rng = Rng.derive(seed, 707);
  const at = (day: string, time = '00:00'): Date => instantOfWallClock(new Date(`${day}T${time}:00Z`), timeZone);
  const plan = (name: string, rows: Row[]): TrackerTab => {
    const layout = PLAN_TABS.find((t) => t.name === name);
    if (!layout) throw new Error(`The set-up has no '${name}' tab.`);
    return tab(layout.name, layout.headers, rows);
  };
  return [
    tab(INPUT_TABS.products, PRODUCT_TAB_HEADERS, productRows(rng)),
    tab(INPUT_TABS.promos, PROMO_TAB_HEADERS, promoRows(rng, at)),
    tab(INPUT_TABS.links, LINK_TAB_HEADERS, linkRows()),
    plan('Action items', actionRows(at)),
    plan('Risks', riskRows(at)),
    plan('30-60-90 plan', planRows(at)),
    plan('Promo calendar', promoCalendarRows(at)),
  ];
}

function tab(name: string, headers: readonly string[], rows: readonly Row[]): TrackerTab {
  return {
    name,
    headers,
    rows: rows.map((row) => {
      const unknown = Object.keys(row).filter((key) => !headers.includes(key));
      if (unknown.length) throw new Error(`Demo ${name} rows use columns the tab does not have: ${unknown.join(', ')}.`);
      return headers.map((header) => row[header] ?? '');
    }),
  };
}

const DEFECTS: Readonly<Record<string, Row>> = {
  'SCRUNCH12-NEUT': { 'Product name': 'Satin Hair Scrunchies 12 Pack FREE shipping!!' },
  'MIRROR-LED-TABLE': { 'Main images': 3 },
  'PADS16-WHITE': { Description: 'Soft reusable pads.' },
};
const BAD_CHECK_DIGIT_SKU = 'NECK-FAN-LAV';

function productRows(rng: Rng): Row[] {
  return CATALOG_SKUS.map((sku) => {
    const body = `8${String(rng.int(1e9, 1e10 - 1))}`;
    const check = (gs1CheckDigit(body) + (sku.sellerSku === BAD_CHECK_DIGIT_SKU ? 1 : 0)) % 10;
    return {
      'Seller SKU': sku.sellerSku,
      'Product name': sku.product.name,
      Variation: sku.variation,
      Price: sku.price,
      'Main images': rng.int(5, 8),
      Description: description(sku),
      'UPC/EAN': `${body}${check}`,
      ...DEFECTS[sku.sellerSku],
    };
  });
}

function description(sku: CatalogSku): string {
  return (
    `${sku.product.name}, ${sku.variation}. A ${sku.product.category.toLowerCase()} favourite made for everyday use. ` +
    'In the box: the product, a quick-start card and a care guide. Ships from our US warehouse within two business days; ' +
    'returns accepted within 30 days of delivery.'
  );
}

const price = (sellerSku: string): number => {
  const sku = CATALOG_SKUS.find((s) => s.sellerSku === sellerSku);
  if (!sku) throw new Error(`No demo SKU '${sellerSku}'.`);
  return sku.price;
};

function promoRows(rng: Rng, at: (day: string, time?: string) => Date): Row[] {
  const stock = (): number => rng.int(4, 40) * 10;
  const promo = (sellerSku: string, type: string, name: string, fields: Row): Row => ({
    'Seller SKU': sellerSku,
    Type: type,
    'Promotion name': name,
    'List price': price(sellerSku),
    Stock: stock(),
    ...fields,
  });
  return [
    promo('HA-SERUM-30ML', 'Product discount', 'Serum Black Friday week', {
      'Promo price': 15.99,
      Discount: 0.2,
      Start: at('2026-11-23'),
      End: at('2026-11-30', '23:59'),
    }),
    promo('TUMBLER40-SAGE', 'Flash deal', 'Tumbler Black Friday flash', {
      'Promo price': 21.99,
      Discount: 0.21,
      Start: at('2026-11-27', '09:00'),
      End: at('2026-11-29', '09:00'),
      '30-day low': 23.99,
    }),
    promo('SILK-PC-BLACK', 'Flash deal', 'Silk weekend flash', {
      'Promo price': 23.99,
      Discount: 0.2,
      Start: at('2026-11-27'),
      End: at('2026-12-01'),
      '30-day low': 25.49,
    }),
    promo('CURL-ROD-PINK', 'Flash deal', 'Curling rod flash', {
      'Promo price': 11.49,
      Discount: 0.12,
      Start: at('2026-11-28', '10:00'),
      End: at('2026-11-29', '10:00'),
      '30-day low': 10.99,
    }),
    promo('MIRROR-LED-WALL', 'Product discount', 'Mirror holiday price', {
      'Promo price': 52.99,
      Discount: 0.1,
      Start: at('2026-12-01'),
      End: at('2026-12-14', '23:59'),
    }),
    promo('LIP-MASK-BERRY', 'Seller coupon', 'Lip mask 10% coupon', {
      Discount: 0.1,
      'Amount off': 1.5,
      Start: at('2026-11-24'),
      End: at('2026-12-07', '23:59'),
    }),
    promo('SCRUNCH12-NEUT', 'Buy more save more', 'Scrunchies 2+ / 3+', {
      Start: at('2026-11-23'),
      End: at('2026-12-31', '23:59'),
      'Tier 1 qty': 2,
      'Tier 1 discount': 0.05,
      'Tier 2 qty': 3,
      'Tier 2 discount': 0.1,
    }),
  ];
}

const SHOP = 'https://shop.example.com';

/** Links as typed: the utm_ parts, and the URL they make (the parts as they are, mistakes included). */
function linkRows(): Row[] {
  const link = (name: string, path: string, [source, medium, campaign, content]: string[], adTemplate = 'No'): Row => {
    const parts: Row = { utm_source: source, utm_medium: medium, utm_campaign: campaign, utm_content: content };
    const query = Object.entries(parts)
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}=${value}`)
      .join('&');
    return { 'Link name': name, 'Base URL': `${SHOP}${path}`, ...parts, 'Ad template': adTemplate, URL: `${SHOP}${path}?${query}` };
  };
  return [
    link('Bio link: serum', '/products/hyaluronic-serum', ['tiktok', 'social', 'bf2026', 'bio']),
    link('Spark ad: tumbler', '/products/tumbler-40oz', ['tiktok', 'paid_social', 'bf2026_tumbler', 'spark_sage']),
    link('Creator video: silk pillowcase', '/products/silk-pillowcase', ['tiktok', '', 'bf2026', 'creator_mia']),
    link('Email: Black Friday', '/collections/black-friday', ['klaviyo', 'email', 'BlackFriday2026', '']),
    link('Ad template: lip mask', '/products/lip-mask', ['tiktok', 'paid_social', '__CAMPAIGN_NAME__', '__CID_NAME__'], 'Yes'),
    link('Linktree: lip mask', '/products/lip-mask', ['tiktok', 'social', '__CAMPAIGN_NAME__', '']),
  ];
}

function actionRows(at: (day: string) => Date): Row[] {
  return [
    {
      Action: 'Move the carrier pickup to 2 pm so orders paid before noon ship the same day',
      Owner: 'Operations',
      'Due date': at('2026-11-27'),
      Status: 'In progress',
      Priority: 'High',
      From: 'Health',
      Notes: 'Late dispatch rate above target two weeks running; warehouse agreed to the later pickup.',
    },
    {
      Action: 'Correct listing prices and promotion eligibility before Black Friday',
      Owner: 'Account manager',
      'Due date': at('2026-11-25'),
      Status: 'Not started',
      Priority: 'High',
      From: 'QA',
    },
    {
      Action: 'Brief five creators on the 40 oz tumbler restock',
      Owner: 'Creator partnerships',
      'Due date': at('2026-12-01'),
      Status: 'Not started',
      Priority: 'Medium',
      From: 'WBR',
      Notes: 'Sage and Cream back in stock on Nov 24.',
    },
    {
      Action: 'Submit the Black Friday flash deals in Seller Center',
      Owner: 'Account manager',
      'Due date': at('2026-11-20'),
      Status: 'Done',
      Priority: 'High',
      From: 'MBR',
      'Done on': at('2026-11-19'),
    },
  ];
}

function riskRows(at: (day: string) => Date): Row[] {
  return [
    {
      Risk: 'Late dispatch rate above 4% could keep the shop out of the December campaigns',
      Area: 'Account health',
      Likelihood: 'High',
      Impact: 'High',
      Owner: 'Operations',
      Mitigation: 'Later carrier pickup; weekend packing shift through Cyber Monday',
      'Review by': at('2026-11-27'),
      Status: 'Mitigating',
    },
    {
      Risk: '40 oz tumbler may sell out during Black Friday week',
      Area: 'Inventory',
      Likelihood: 'Medium',
      Impact: 'High',
      Owner: 'Account manager',
      Mitigation: 'Confirm the Sage and Cream restock date with the warehouse',
      'Review by': at('2026-11-20'),
      Status: 'Open',
    },
    {
      Risk: 'Serum listing flagged for a health claim',
      Area: 'Listings',
      Likelihood: 'Low',
      Impact: 'Medium',
      Owner: 'Account manager',
      Mitigation: 'Claim removed from the title and description',
      'Review by': at('2026-11-10'),
      Status: 'Closed',
    },
  ];
}

function planRows(at: (day: string) => Date): Row[] {
  return [
    {
      Phase: '30 days',
      Goal: 'Late dispatch rate under 4%',
      Action: 'Ship orders paid before noon the same day (2 pm pickup)',
      Owner: 'Operations',
      'Due date': at('2026-11-27'),
      'Success measure': 'LDR ≤ 4% over 30 days',
      Status: 'On track',
    },
    {
      Phase: '30 days',
      Goal: 'Clean listings before Black Friday',
      Action: 'Correct every listing error before the sale',
      Owner: 'Account manager',
      'Due date': at('2026-11-25'),
      'Success measure': 'No listing errors left',
      Status: 'Not started',
    },
    {
      Phase: '60 days',
      Goal: 'Conversion up after the holidays',
      Action: 'Test new main images on the five best sellers',
      Owner: 'Creative',
      'Due date': at('2026-12-20'),
      'Success measure': 'CVR +0.3 pp on the tested SKUs',
      Status: 'Not started',
    },
    {
      Phase: '90 days',
      Goal: 'Creator-led January',
      Action: 'Sign ten creators for the January reset campaign',
      Owner: 'Creator partnerships',
      'Due date': at('2027-01-31'),
      'Success measure': '10 creators live by Jan 15',
      Status: 'Not started',
    },
    {
      Phase: '30 days',
      Goal: 'Black Friday deals submitted',
      Action: 'Submit flash deals and the seller coupon',
      Owner: 'Account manager',
      'Due date': at('2026-11-20'),
      'Success measure': 'Deals approved in Seller Center',
      Status: 'Done',
    },
  ];
}

function promoCalendarRows(at: (day: string) => Date): Row[] {
  return [
    {
      Event: 'Mid-November creator push: serum',
      Type: 'Creator push',
      'Start date': at('2026-11-10'),
      'End date': at('2026-11-20'),
      SKUs: 'HA-SERUM-30ML',
      Owner: 'Creator partnerships',
      Status: 'Done',
    },
    {
      Event: 'Sunday LIVE: tumbler restock',
      Type: 'LIVE',
      'Start date': at('2026-11-22'),
      'End date': at('2026-11-22'),
      SKUs: 'TUMBLER40-SAGE, TUMBLER40-CREAM',
      Owner: 'Account manager',
      Status: 'Done',
    },
    {
      Event: 'Black Friday week',
      Type: 'Campaign',
      'Start date': at('2026-11-23'),
      'End date': at('2026-11-30'),
      SKUs: 'All',
      Discount: 0.2,
      Owner: 'Account manager',
      Status: 'Submitted',
    },
    {
      Event: 'Black Friday flash deals',
      Type: 'Flash deal',
      'Start date': at('2026-11-27'),
      'End date': at('2026-11-29'),
      SKUs: 'TUMBLER40-SAGE, SILK-PC-BLACK, CURL-ROD-PINK',
      Discount: 0.2,
      Owner: 'Account manager',
      Status: 'Submitted',
    },
    {
      Event: '12.12 sale',
      Type: 'Campaign',
      'Start date': at('2026-12-12'),
      'End date': at('2026-12-12'),
      SKUs: 'All',
      Discount: 0.15,
      Owner: 'Account manager',
      Status: 'Planned',
    },
    {
      Event: 'Holiday gift bundles',
      Type: 'Buy more save more',
      'Start date': at('2026-12-01'),
      'End date': at('2026-12-24'),
      SKUs: 'LIP-MASK-BERRY, SCRUNCH12-NEUT',
      Owner: 'Account manager',
      Status: 'Idea',
    },
  ];
}
