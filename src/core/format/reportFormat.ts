import type { MarketCode } from '../markets/marketCodes';
import { marketProfile } from '../markets/marketProfiles';
import type { MetricFormat } from '../metrics/metricCatalog';
import { MS_PER_DAY } from '../values/calendarDay';
import { currencyDecimals, currencySymbol } from './numberFormats';

/** How the client update writes numbers and short dates: in the market's convention, money in the client's currency (Settings). */
export interface ReportFormat {
  value(format: MetricFormat, value: number): string;
  /** A change between two periods: signed money or count; a rate's change in percentage points. */
  change(format: MetricFormat, change: number): string;
  /** A relative change: +2.2%. */
  changePercent(fraction: number): string;
  /** A limit, as few decimals as it has: 4%, 2.5%. */
  limit(fraction: number): string;
  /** A rate with `decimals` decimals: 4.5%. */
  percent(fraction: number, decimals: 1 | 2): string;
  money(amount: number): string;
  signedMoney(amount: number): string;
  /** A calendar day without its year, its month an English name so day and month cannot be swapped: `Nov 3` (US), `3 Nov`. */
  shortDay(day: number): string;
}

const MINUS = '−';

/**
 * The market's locale; without a market, en-US: the same '.' decimals the health notes and QA messages use then (they follow the
 * Settings decimal mark, which defaults from the market), so one update never mixes 2,5% and 2.5%.
 */
function reportLocale(market: MarketCode | ''): string {
  return market ? marketProfile(market).locale : 'en-US';
}

/** Rounds half away from zero at `decimals`, so -0.004 shows as 0.00 rather than −0.00. */
function isZeroAt(value: number, decimals: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -decimals;
}

/** Our sign rules over the locale's digits: `−` (U+2212) or `+` in front, no sign on a value that rounds to zero. */
export function reportFormat(currency: string, market: MarketCode | '' = ''): ReportFormat {
  const locale = reportLocale(market);
  const symbol = currencySymbol(currency);
  const digits = currencyDecimals(currency);
  const unsigned = (decimals: number, options: Intl.NumberFormatOptions = {}): ((value: number) => string) => {
    const format = new Intl.NumberFormat(locale, { ...options, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    // The market table's symbol (MX$, S$) replaces the locale's ($), as on the read-out tabs; where the locale fell back to
    // the code (en-US writes "THB 40.00"), the space it put beside the code goes with it.
    return (value) => {
      const parts = format.formatToParts(Math.abs(value));
      const code = parts.findIndex((part) => part.type === 'currency' && symbol && part.value === currency);
      return parts
        .filter((part, i) => code < 0 || !(part.type === 'literal' && /^\s+$/.test(part.value) && Math.abs(i - code) === 1))
        .map((part) => (part.type === 'currency' && symbol ? symbol : part.value))
        .join('');
    };
  };
  const moneyDigits = unsigned(digits, { style: 'currency', currency, currencyDisplay: symbol ? 'symbol' : 'code' });
  const count = unsigned(0);
  const points = unsigned(2);
  const percents = { 1: unsigned(1, { style: 'percent' }), 2: unsigned(2, { style: 'percent' }) };
  const limits = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  // The report is in English: month names in English, in the market's day–month order (every non-English market here is day first).
  const days = new Intl.DateTimeFormat(locale.startsWith('en-') ? locale : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const signed = (value: number, decimals: number, text: string): string => (isZeroAt(value, decimals) ? text : `${value > 0 ? '+' : MINUS}${text}`);
  const percent = (fraction: number, decimals: 1 | 2): string => percents[decimals](fraction);
  const money = (amount: number): string => signed(Math.min(amount, 0), digits, moneyDigits(amount));
  return {
    value: (format, value) => (format === 'money' ? money(value) : format === 'count' ? count(value) : percent(value, 2)),
    change: (format, change) => {
      if (format === 'money') return signed(change, digits, moneyDigits(change));
      if (format === 'count') return signed(change, 0, count(change));
      return `${signed(change * 100, 2, points(change * 100))} pp`;
    },
    changePercent: (fraction) => signed(fraction * 100, 1, percent(fraction, 1)),
    limit: (fraction) => limits.format(fraction),
    percent,
    money,
    signedMoney: (amount) => signed(amount, digits, moneyDigits(amount)),
    shortDay: (day) => days.format(day * MS_PER_DAY),
  };
}
