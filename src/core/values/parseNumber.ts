const PLACEHOLDERS = new Set(['-', '--', '—', 'n/a', 'N/A']);

/**
 * A money, count or percent cell as a number: `1234.5`, `$1,234.56`, `(5.00)`, `12.5%`, `1.234,56`.
 * Returns undefined for a blank cell and NaN for text that is not a number.
 */
export function parseNumber(value: unknown): number | undefined {
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
  text = text.replace(/^(?:US\$|[A-Z]{3}|[$£€¥₫฿₱]|RM|Rp)+/, '').replace(/(?:[A-Z]{3}|[$£€¥₫฿₱])+$/, '');
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  }
  const normalized = normalizeSeparators(text);
  if (normalized === null || !/^\d*\.?\d+(?:[eE][+-]?\d+)?$|^\d+\.$/.test(normalized)) return NaN;
  return sign * Number(normalized) * scale;
}

/** Resolves `1,234.56`, `1.234,56`, `12,5` and `1,234` to a plain decimal string. */
function normalizeSeparators(text: string): string | null {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma < 0) return /^\d{1,3}(\.\d{3}){2,}$/.test(text) ? text.replace(/\./g, '') : text;
  if (lastDot > lastComma) return /^\d{1,3}(,\d{3})*\.\d*$/.test(text) ? text.replace(/,/g, '') : null;
  if (lastDot >= 0) return /^\d{1,3}(\.\d{3})*,\d*$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : null;
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return text.replace(/,/g, '');
  return /^\d+,\d+$/.test(text) ? text.replace(',', '.') : null;
}
