const PLACEHOLDERS = new Set(['-', '--', '—', 'n/a', 'N/A']);

/** Currency codes and symbols of every TikTok Shop market, before or after the amount (`Rp 50.000`, `MX$199.00`, `35,91 €`, `1.234.567₫`). */
const CURRENCY_PREFIX = /^(?:US\$|MX\$|R\$|S\$|[A-Z]{3}|[$£€¥￥₫฿₱]|RM|Rp)+/;
const CURRENCY_SUFFIX = /(?:[A-Z]{3}|[$£€¥￥₫฿₱]|đ)+$/;

/** The decimal separator of a column's text amounts: '.' (1,234.56) or ',' (1.234,56). */
export type DecimalMark = '.' | ',';

/**
 * A money, count or percent cell as a number: `1234.5`, `$1,234.56`, `(5.00)`, `12.5%`, `1.234,56`.
 * `decimal` is the column's separator when known; without it `1.250` and `1,250` (thousands or decimals?)
 * are refused rather than guessed. Returns undefined for a blank cell and NaN for text that is not a number.
 */
export function parseNumber(value: unknown, decimal?: DecimalMark): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return NaN;
  let text = value.replace(/[\s\u00A0\uFEFF]+/g, '');
  if (text === '' || PLACEHOLDERS.has(text)) return undefined;
  let sign = 1;
  if (text.startsWith('(') && text.endsWith(')')) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  text = text.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '');
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  }
  const normalized = decimal ? withDecimalMark(text, decimal) : normalizeSeparators(text);
  if (normalized === null || !/^\d*\.?\d+(?:[eE][+-]?\d+)?$|^\d+\.$/.test(normalized)) return NaN;
  return sign * Number(normalized) * scale;
}

/** `1.234,56` or `1,234.56` with the separator known: grouping removed, the decimal mark made '.'. */
function withDecimalMark(text: string, decimal: DecimalMark): string | null {
  const group = decimal === '.' ? ',' : '.';
  const grouped = decimal === '.' ? /^\d{1,3}(,\d{3})+(\.\d*)?$/ : /^\d{1,3}(\.\d{3})+(,\d*)?$/;
  if (text.includes(group) && !grouped.test(text)) return null;
  return text.split(group).join('').replace(decimal, '.');
}

/** `1.250` or `-540.000`: one dot before three digits reads as 1.25 or as 1250, and only the column, the table or the market can tell. */
export function readsAsThousandsOrDecimals(text: string): boolean {
  return /^-?[1-9]\d{0,2}\.\d{3}$/.test(text);
}

/** Resolves `1,234.56`, `1.234,56`, `12,5` and `1,234,567` to a plain decimal string; null when it cannot tell (`1,250` as `1.250`). */
function normalizeSeparators(text: string): string | null {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma < 0) {
    if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return text.replace(/\./g, '');
    return readsAsThousandsOrDecimals(text) ? null : text;
  }
  if (lastDot > lastComma) return /^\d{1,3}(,\d{3})*\.\d*$/.test(text) ? text.replace(/,/g, '') : null;
  if (lastDot >= 0) return /^\d{1,3}(\.\d{3})*,\d*$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : null;
  if (/^\d{1,3}(,\d{3}){2,}$/.test(text)) return text.replace(/,/g, '');
  return /^\d+,\d+$/.test(text) && !/^[1-9]\d{0,2},\d{3}$/.test(text) ? text.replace(',', '.') : null; // 1,250: 1250 or 1.25?
}

/** What a text amount says about its column's decimal mark; undefined when it fits both. */
export function decimalMarkEvidence(value: unknown): DecimalMark | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[^\d.,]/g, '');
  if (/\d,\d{3}\.\d|\d,\d{3},\d{3}|^\d*\.\d{1,2}$|^\d+\.\d{4,}$/.test(text)) return '.';
  if (/\d\.\d{3},\d|\d\.\d{3}\.\d{3}|^\d*,\d{1,2}$|^\d+,\d{4,}$/.test(text)) return ',';
  return undefined;
}
