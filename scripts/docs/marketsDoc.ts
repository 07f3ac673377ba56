import { holidayCalendarName } from '../../src/core/markets/holidayCalendars';
import { ANALYTICS_HEADERS_BY_LANGUAGE, type LanguageHeaders } from '../../src/core/markets/analyticsHeaders';
import { MARKET_PROFILES, type Sourced } from '../../src/core/markets/marketProfiles';
import { reportFormat } from '../../src/core/format/reportFormat';
import { dayFromParts } from '../../src/core/values/calendarDay';
import { analyticsHeaderSource, MARKET_LANGUAGES, marketSource, type ProfileField } from '../../src/core/markets/marketSources';

const NOV_3 = dayFromParts(2026, 11, 3);
const percent = (fraction: number): string => `${+(fraction * 100).toFixed(2)}%`;
const cell = <T>(field: Sourced<T>, shown: string): string => (field.sourced ? shown : `${shown} ⚠`);
const escape = (text: string): string => text.replace(/\|/g, '\\|');

/** The market profiles as Markdown (docs/MARKETS.md): one row per market, then every value's source; ⚠ marks a value without one. */
export function marketsMarkdown(): string {
  const lines = [
    '| market | time zones (first = default) | date order | typed dates | currency | decimal mark | SLA holidays | LDR / VTR / SFCR | title min | price band | analytics language | client update writes |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const p of MARKET_PROFILES) {
    const format = reportFormat(p.currency.value.code, p.code);
    const written = [format.money(1234.5), format.value('percent', 0.1234), format.shortDay(NOV_3)].join(' · ').replace(/[\u00a0\u202f]/g, ' ');
    const health = p.health.value;
    const band = p.priceBand.value;
    lines.push(
      `| ${p.code} ${p.name} | ${p.timeZones.value.join(', ')} | ${cell(p.dateOrder, p.dateOrder.value ?? 'not set: ambiguous dates refused')} | ` +
        `${p.typedDateOrder.value ?? 'year first'} | ` +
        `${p.currency.value.code} ${p.currency.value.symbol} | ${p.decimalMark.value} | ${holidayCalendarName(p.code)} | ` +
        `${cell(p.health, `≤ ${percent(health.ldrLimit)} / ≥ ${percent(health.vtrTarget)} / ≤ ${percent(health.sfcrLimit)}`)} | ` +
        `${p.titleMinChars.value}–255 | ${cell(p.priceBand, band ? `${band.min}–${band.max.toLocaleString('en-US')}` : 'none checked')} | ${MARKET_LANGUAGES[p.code]} | ${p.locale}: ${written} |`,
    );
  }
  lines.push('', 'Sources, per market and value:', '');
  for (const p of MARKET_PROFILES) {
    const fields: [string, ProfileField][] = [
      ['time zones', 'timeZones'],
      ['date order', 'dateOrder'],
      ['typed dates', 'typedDateOrder'],
      ['currency', 'currency'],
      ['decimal mark', 'decimalMark'],
      ['health limits', 'health'],
      ['title length', 'titleMinChars'],
      ['price band', 'priceBand'],
    ];
    lines.push(
      `- **${p.code}**: ${fields.map(([name, field]) => `${name}: ${p[field].sourced ? '' : '⚠ '}${escape(marketSource(p, field)).replace(/\.$/, '')}`).join('; ')}.`,
    );
  }
  lines.push(
    '',
    '| language | ' +
      ['Date', 'Product name', 'Orders', 'Items sold', 'Customers', 'Visitors', 'Product impressions', 'Product clicks'].join(' | ') +
      ' | source |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const [language, h] of Object.entries(ANALYTICS_HEADERS_BY_LANGUAGE) as [keyof typeof ANALYTICS_HEADERS_BY_LANGUAGE, LanguageHeaders][]) {
    const columns = [h.date, h.productName, h.orders, h.itemsSold, h.customers, h.visitors, h.impressions, h.clicks];
    lines.push(`| ${language} | ${columns.map((names) => names.join(' / ')).join(' | ')} | ${analyticsHeaderSource(language)} |`);
  }
  return lines.join('\n');
}
