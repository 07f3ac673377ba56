/** A link to a cell of this workbook as a HYPERLINK formula: no relationship part needed, and every spreadsheet app follows it. */
export function hyperlinkFormula(tab: string, a1: string, text: string): string {
  const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quoted(`#'${tab.replace(/'/g, "''")}'!${a1}`)},${quoted(text)})`;
}
