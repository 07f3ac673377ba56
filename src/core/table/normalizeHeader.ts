/** The form a header is compared in: lower case, trimmed, inner whitespace folded, BOM dropped. */
export function normalizeHeader(value: unknown): string {
  if (typeof value !== 'string') return value === null || value === undefined ? '' : String(value).toLowerCase();
  return value
    .replace(/\uFEFF/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase();
}
