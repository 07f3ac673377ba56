// The QA part of docs/CHECKS.md, rendered from the rule tables, settings and column lists so the docs cannot drift from the code.
import type { ColumnDef } from '../../src/core/table/columns';
import { LINK_CHECK_HEADER, LINK_COLUMNS, LINK_TAB_HEADERS } from '../../src/core/qa/linkColumns';
import { LISTING_RULES } from '../../src/core/qa/listingRules';
import { CATALOG_REQUIRED, LISTING_REQUIRED, PRODUCT_COLUMNS, PRODUCT_TAB_HEADERS } from '../../src/core/qa/productColumns';
import { PROMO_COLUMNS, PROMO_REQUIRED, PROMO_TAB_HEADERS } from '../../src/core/qa/promoColumns';
import { PROMO_RULES } from '../../src/core/qa/promoRules';
import { PROMO_TYPES, type PromoTypeId } from '../../src/core/qa/promoTypes';
import { DEFAULT_QA_SETTINGS, QA_SETTING_NOTES, type QaSettings } from '../../src/core/settings/qaSettings';
import { QA_SOURCES_READ_ON } from '../../src/core/settings/qaSources';
import type { Rules } from '../../src/core/qa/rule';
import { LISTING_RULE_REFERENCES, PROMO_RULE_REFERENCES, UTM_RULE_REFERENCES, type RuleReferences } from '../../src/core/qa/ruleReferences';
import { UTM_RULES } from '../../src/core/qa/utmRules';
import { markdownTable as table } from './markdownTable';

const settingValue = (key: keyof QaSettings): string => {
  const value = DEFAULT_QA_SETTINGS[key];
  return Array.isArray(value) ? value.join(', ') : String(value);
};

function ruleTable<Id extends string>(rules: Rules<Id>, references: RuleReferences<Id>): string {
  return table(
    ['check', 'severity', 'message', 'fix', 'default', 'source', 'read'],
    (Object.keys(rules) as Id[]).map((id) => [
      `\`${id}\``,
      rules[id].severity,
      rules[id].message,
      rules[id].fix,
      references[id].settings.map((key) => `${key} = ${settingValue(key)}`).join('; ') || '—',
      references[id].source,
      QA_SOURCES_READ_ON,
    ]),
  );
}

function columnTable(columns: Record<string, ColumnDef>, required: readonly string[], tab: readonly string[]): string {
  return table(
    ['column', 'also accepted', 'required', 'on the set-up tab'],
    Object.values(columns).map((c) => [
      `'${c.headers[0]}'`,
      c.headers
        .slice(1)
        .map((h) => `'${h}'`)
        .join(', ') || '—',
      required.includes(c.key) ? 'yes' : '',
      tab.includes(c.headers[0]) ? 'yes' : '',
    ]),
  );
}

const promoTypeRows = (Object.keys(PROMO_TYPES) as PromoTypeId[]).map((id) => {
  const type = PROMO_TYPES[id];
  return [
    type.label,
    type.aliases.join(', '),
    type.band ? `${type.band.min}–${type.band.max}` : '—',
    type.belowLowest30 === 'strictly' ? 'below' : type.belowLowest30 === 'or equal' ? 'at or below' : '—',
    type.conflictsWith.map((other) => PROMO_TYPES[other].label).join(', ') || '—',
  ];
});

/** Everything between `<!-- qa:start -->` and `<!-- qa:end -->` in docs/CHECKS.md. */
export function qaChecksMarkdown(): string {
  return [
    '## QA checks',
    '',
    '`TTS_LISTING_QA(products)` and `TTS_PROMO_QA(promos, [products])` spill a table `Row, Severity, Check, Message, Fix`:',
    "`Row` is the row's position in the given range counting the header row as 1 (the sheet row when the range starts",
    'at row 1 with its header), findings in row order, `ERROR` before `WARNING` before `INFO` within a row. When nothing',
    'is found they return one row, five cells wide: `OK | | | No problems found in the product table. |`.',
    'A column a check needs but the table lacks gives one `INFO` finding (`column-missing`, row 1) naming the checks',
    'left out; for checks about one promotion type (flash deals, buy more save more) only when the table has such a row.',
    'Bad cells are findings, never errors: text in a number column or an impossible date (31/02) is a',
    '`value-unreadable` finding and the checks that need the cell skip it; long text is cut to 60 characters in',
    'messages. The only error is a range that is a single value, or whose first 10 rows hold no header row with',
    'the required columns below.',
    '',
    'Reading rules: money as `18`, `$18.00`, `(5.00)`, `1.234,56`; a discount above 1 is percentage points (`20` = 20%),',
    'otherwise a fraction (`0.2`, `20%`); dates as date cells, `11/27/2026 8:00 PM`, `2026-11-27 20:00` or day-first',
    '(`27/11/2026 20:00`: one unambiguous date in Start or End settles the order of both, else the `dateOrder` setting);',
    "a Start without a time is 00:00 and an End without a time is the end of that day (23:59:59). A promotion's discount comes from its promo price and",
    'list price (the products range supplies the list price when the row has none), else from Discount, else from',
    'Amount off. Seller SKUs match trimmed and case-insensitively.',
    '',
    '### Listing checks: `TTS_LISTING_QA(products)`',
    '',
    ruleTable(LISTING_RULES, LISTING_RULE_REFERENCES),
    '',
    'Images: the main image count column when the row has a value there, else the filled image URL columns.',
    'Duplicate titles: rows with the same title and the same Variation (rows of one product differ in Variation).',
    'UPC/EAN: spaces and hyphens ignored; a number cell of 11 or 7 digits is read with the leading zero a spreadsheet dropped.',
    '',
    '### Promotion checks: `TTS_PROMO_QA(promos, [products])`',
    '',
    ruleTable(PROMO_RULES, PROMO_RULE_REFERENCES),
    '',
    'Promotion types, what the Type column may say, their discount band (settings), their rule against the lowest price',
    'of the last 30 days, and the types a SKU may not be in at overlapping times (a deal ending when the next starts does',
    'not overlap):',
    '',
    table(['type', 'Type column says', 'discount band', '30-day low', 'not at the same time as'], promoTypeRows),
    '',
    '### Link checks: `TTS_UTM_CHECK(urls)`, `TTS_UTM_BUILD(base, source, medium, campaign, [content], [term])`',
    '',
    "`TTS_UTM_CHECK` returns `OK` or a cell's problems (the messages below) joined with `; `: one value for one URL, one",
    `value per cell for a range of URLs, and for a links table (a header row with a 'URL' column) one value per row with`,
    `'${LINK_CHECK_HEADER}' on the header row; rows whose 'Ad template' column says TRUE, yes, y, x or 1 may hold TikTok macros.`,
    "`TTS_UTM_BUILD` replaces the base URL's utm_* parameters and click IDs, trims values, writes spaces as `_`, lower-cases",
    'everything but TikTok macros, %-encodes, and refuses a base that is not a full http(s) URL or a blank source, medium',
    'or campaign.',
    '',
    ruleTable(UTM_RULES, UTM_RULE_REFERENCES),
    '',
    '### QA settings',
    '',
    "Discounts are fractions (0.05 = 5%); money is in the shop's currency.",
    '',
    table(
      ['setting', 'label', 'default', 'what it changes', 'source'],
      (Object.keys(QA_SETTING_NOTES) as (keyof QaSettings)[]).map((key) => [
        `\`${key}\``,
        QA_SETTING_NOTES[key].label,
        settingValue(key),
        QA_SETTING_NOTES[key].description,
        QA_SETTING_NOTES[key].source,
      ]),
    ),
    '',
    '### Accepted column names',
    '',
    'Headers match case-insensitively with surrounding spaces ignored; the first name is the one the set-up tabs use.',
    '',
    `**Products** (\`TTS_LISTING_QA\` requires ${LISTING_REQUIRED.map((k) => `'${PRODUCT_COLUMNS[k].headers[0]}'`).join(' and ')}; as the`,
    `products range of \`TTS_PROMO_QA\` it requires ${CATALOG_REQUIRED.map((k) => `'${PRODUCT_COLUMNS[k].headers[0]}'`).join(' and ')}):`,
    '',
    columnTable(PRODUCT_COLUMNS, LISTING_REQUIRED, PRODUCT_TAB_HEADERS),
    '',
    '**Promos** (`TTS_PROMO_QA`):',
    '',
    columnTable(PROMO_COLUMNS, PROMO_REQUIRED, PROMO_TAB_HEADERS),
    '',
    `**Links** (\`TTS_UTM_CHECK\` on a whole table; the set-up tab's columns are ${LINK_TAB_HEADERS.map((h) => `'${h}'`).join(', ')}):`,
    '',
    columnTable(LINK_COLUMNS, ['url'], LINK_TAB_HEADERS),
  ].join('\n');
}
