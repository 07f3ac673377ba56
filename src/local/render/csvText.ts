/** A cell a spreadsheet would run as a formula when the CSV is opened: kept as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows as CSV (RFC 4180: quoted where needed, CRLF) with a UTF-8 BOM, so Excel opens accents and dashes right. */
export function csvText(rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string => {
    const safe = FORMULA_START.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
