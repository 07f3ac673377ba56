import type { MarketCode } from '../markets/marketCodes';
import { marketProfile } from '../markets/marketProfiles';
import type { MetricFormat } from '../metrics/metricCatalog';
import { MS_PER_DAY } from '../values/calendarDay';
import type { DecimalMark } from '../values/parseNumber';
import { currencyDecimals, currencySymbol } from './numberFormats';

/**
 * How every surface (formulas' notes, read-outs, QA and health messages, the checklist, the client update, the CLI) writes numbers
 * and short dates for one shop: in the market's convention, money in the client's currency (Settings).
 */
export interface ReportFormat {
  value(format: MetricFormat, value: number): string;
  /** A change between two periods: signed money or count; a rate's change in percentage points. */
  change(format: MetricFormat, change: number): string;
  /** A relative change: +2.2%. */
  changePercent(fraction: number): string;
  /** A limit or threshold, as few decimals as it has (at most `maxDecimals`): 4%, 2.5%. */
  limit(fraction: number, maxDecimals?: number): string;
  /** A rate with `decimals` decimals: 4.5%. */
  percent(fraction: number, decimals: 1 | 2): string;
  money(amount: number): string;
  signedMoney(amount: number): string;
  /** A calendar day without its year, its month an English name so day and month cannot be swapped: `Nov 3` (US), `3 Nov`. */
  shortDay(day: number): string;
}

const MINUS = '−';

/** The market's locale; without a market, en-US. */
function reportLocale(market: MarketCode | ''): string {
  return market ? marketProfile(market).locale : 'en-US';
}

/** Without a market, the Settings decimal mark swaps en-US's marks: 7.600,00 where the shop writes decimals with a comma. */
function markOf(market: MarketCode | '', decimalMark: DecimalMark | undefined): (part: Intl.NumberFormatPart) => string {
  if (market || decimalMark !== ',') return (part) => part.value;
  return (part) => (part.type === 'group' ? '.' : part.type === 'decimal' ? ',' : part.value);
}

/** Built on first use: a formula's note needs one or two of these, and each Intl object costs more than the rule it describes. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Rounds half away from zero at `decimals`, so -0.004 shows as 0.00 rather than −0.00. */
function isZeroAt(value: number, decimals: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -decimals;
}

/**
 * Our sign rules over the locale's digits: `−` (U+2212) or `+` in front, no sign on a value that rounds to zero. Without a currency
 * (a check run with no Settings tab), money is the amount alone, to the cent.
 */
export function reportFormat(currency: string, market: MarketCode | '' = '', decimalMark?: DecimalMark): ReportFormat {
  const locale = reportLocale(market);
  const mark = markOf(market, decimalMark);
  const symbol = currencySymbol(currency);
  const digits = currency ? currencyDecimals(currency) : 2;
  const parts = (options: Intl.NumberFormatOptions): ((value: number) => Intl.NumberFormatPart[]) => {
    const format = lazy(() => new Intl.NumberFormat(locale, options));
    return (value) => format().formatToParts(value);
  };
  const unsigned = (decimals: number, options: Intl.NumberFormatOptions = {}): ((value: number) => string) => {
    const partsOf = parts({ ...options, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    // The market table's symbol (MX$, S$) replaces the locale's ($), as on the read-out tabs; where the locale fell back to
    // the code (en-US writes "THB 40.00"), the space it put beside the code goes with it.
    return (value) => {
      const written = partsOf(Math.abs(value));
      const code = written.findIndex((part) => part.type === 'currency' && symbol && part.value === currency);
      return written
        .filter((part, i) => code < 0 || !(part.type === 'literal' && /^\s+$/.test(part.value) && Math.abs(i - code) === 1))
        .map((part) => (part.type === 'currency' && symbol ? symbol : mark(part)))
        .join('');
    };
  };
  const moneyDigits = currency ? unsigned(digits, { style: 'currency', currency, currencyDisplay: symbol ? 'symbol' : 'code' }) : unsigned(2);
  const count = unsigned(0);
  const points = unsigned(2);
  const percents = { 1: unsigned(1, { style: 'percent' }), 2: unsigned(2, { style: 'percent' }) };
  const limits = [0, 1, 2, 3, 4].map((decimals) => parts({ style: 'percent', maximumFractionDigits: decimals }));
  // The report is in English: month names in English, in the market's day–month order (every non-English market here is day first).
  const days = lazy(() => new Intl.DateTimeFormat(locale.startsWith('en-') ? locale : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }));
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
    limit: (fraction, maxDecimals = 2) => limits[maxDecimals](fraction).map(mark).join(''),
    percent,
    money,
    signedMoney: (amount) => signed(amount, digits, moneyDigits(amount)),
    shortDay: (day) => days().format(day * MS_PER_DAY),
  };
}
