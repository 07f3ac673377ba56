import { ownValue } from '../values/ownValue';
import type { MetricDef } from '../metrics/metricCatalog';
import { MARKET_PROFILES } from '../markets/marketProfiles';

/** Number formats of the read-out tabs: money in the client's currency, counts, rates and changes. */
export interface NumberFormats {
  readonly money: string;
  readonly count: string;
  readonly percent: string;
  /** A relative change: +12.50%. */
  readonly signedPercent: string;
  /** A rate's change in percentage points, the value given in points: +0.50 pp. */
  readonly signedPoints: string;
  readonly signedMoney: string;
  readonly signedCount: string;
}

/** The market table's currency symbols (`Rp`, `฿`, `MX$`). */
const SYMBOLS: Record<string, string> = Object.fromEntries(MARKET_PROFILES.map(({ currency: { value } }) => [value.code, value.symbol]));

/** Decimals a currency is shown with (CLDR: 0 for JPY and VND, 2 for most). */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The currency's symbol when it has a common one; undefined otherwise (the ISO code is shown instead). */
export function currencySymbol(currency: string): string | undefined {
  return ownValue(SYMBOLS, currency);
}

export function numberFormats(currency: string): NumberFormats {
  const plain = currencySymbol(currency);
  // A number format quotes a symbol longer than one character.
  const symbol = plain && plain.length > 1 ? `"${plain}"` : plain;
  const digits = currencyDecimals(currency);
  const amount = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  const money = symbol ? `${symbol}${amount}` : `${amount} "${currency}"`;
  return {
    money,
    count: '#,##0',
    percent: '0.00%',
    signedPercent: '+0.00%;-0.00%;0.00%',
    signedPoints: '+0.00" pp";-0.00" pp";0.00" pp"',
    signedMoney: `+${money};-${money};${money}`,
    signedCount: '+#,##0;-#,##0;0',
  };
}

/** The format of a metric's value, and of its change between two periods. */
export function metricFormats(metric: MetricDef, formats: NumberFormats): { value: string; change: string } {
  switch (metric.format) {
    case 'money':
      return { value: formats.money, change: formats.signedMoney };
    case 'count':
      return { value: formats.count, change: formats.signedCount };
    case 'percent':
      return { value: formats.percent, change: formats.signedPoints };
  }
}
