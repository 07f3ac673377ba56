/**
 * A link to a cell of this workbook as a HYPERLINK formula: exceljs 4.4 writes a `#'Tab'!A1`
 * hyperlink as an external relationship Excel resolves to a bad address (exceljs issue #3027).
 */
export function hyperlinkFormula(tab: string, a1: string, text: string): string {
  const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quoted(`#'${tab.replace(/'/g, "''")}'!${a1}`)},${quoted(text)})`;
}
