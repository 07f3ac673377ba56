import { cat } from './text';

/**
 * RFC 4180 CSV like a Seller Center download: UTF-8 byte-order mark, CRLF line ends, fields quoted
 * when they hold a quote, comma, line break or leading/trailing whitespace (tabs included).
 * `decimals(column)` fixes the digits of numbers in a column (2 for money); other numbers print as is.
 */
export function toCsv(rows: readonly (readonly unknown[])[], decimals: (column: number) => number | undefined = () => undefined): string {
  const lines: string[] = [];
  for (const row of rows) {
    const fields: string[] = [];
    for (let c = 0; c < row.length; c++) fields.push(csvField(row[c], decimals(c)));
    lines.push(fields.join(','));
  }
  return cat('\uFEFF', lines.join('\r\n'), '\r\n');
}

function csvField(value: unknown, decimals: number | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  let text: string;
  if (typeof value === 'number') text = decimals === undefined ? String(value) : value.toFixed(decimals);
  else if (value instanceof Date) text = value.toISOString();
  else text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? cat('"', text.replace(/"/g, '""'), '"') : text;
}

/** A `decimals` function giving two decimals to the named columns of a header row. */
export function moneyDecimals(headers: readonly unknown[], money: ReadonlySet<string>): (column: number) => number | undefined {
  const fixed = headers.map((h) => (typeof h === 'string' && money.has(h) ? 2 : undefined));
  return (column) => fixed[column];
}
