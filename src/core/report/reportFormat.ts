import type { MetricFormat } from '../metrics/metricCatalog';
import { currencyDecimals, currencySymbol } from '../workbook/readout/numberFormats';

/** How the client update writes numbers: money in the client's currency (Settings), counts, rates, changes. */
export interface ReportFormat {
  value(format: MetricFormat, value: number): string;
  /** A change between two periods: signed money or count; a rate's change in percentage points. */
  change(format: MetricFormat, change: number): string;
  /** A relative change: +2.2%. */
  changePercent(fraction: number): string;
  money(amount: number): string;
  signedMoney(amount: number): string;
}

const MINUS = '−';

function grouped(value: number, decimals: number): string {
  return Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Rounds half away from zero at `decimals`, so -0.004 shows as 0.00 rather than −0.00. */
function isZeroAt(value: number, decimals: number): boolean {
  return Math.abs(value) < 0.5 * 10 ** -decimals;
}

export function reportFormat(currency: string): ReportFormat {
  const symbol = currencySymbol(currency);
  const digits = currencyDecimals(currency);
  const money = (amount: number): string => {
    const sign = amount < 0 && !isZeroAt(amount, digits) ? MINUS : '';
    return symbol ? `${sign}${symbol}${grouped(amount, digits)}` : `${sign}${grouped(amount, digits)} ${currency}`;
  };
  const signed = (value: number, decimals: number, text: string): string => (isZeroAt(value, decimals) ? text : `${value > 0 ? '+' : MINUS}${text}`);
  const percent = (fraction: number, decimals: number): string => `${grouped(fraction * 100, decimals)}%`;
  return {
    value: (format, value) => (format === 'money' ? money(value) : format === 'count' ? grouped(value, 0) : percent(value, 2)),
    change: (format, change) => {
      if (format === 'money') return signed(change, digits, money(Math.abs(change)));
      if (format === 'count') return signed(change, 0, grouped(change, 0));
      return `${signed(change * 100, 2, grouped(change * 100, 2))} pp`;
    },
    changePercent: (fraction) => signed(fraction * 100, 1, percent(fraction, 1)),
    money,
    signedMoney: (amount) => signed(amount, digits, money(Math.abs(amount))),
  };
}
