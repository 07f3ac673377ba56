/** The 0-based column of the cell reference in `text` from `from` to `to` (`AB12` → 27), or -1 without letters. */
export function columnOfReference(text: string, from = 0, to = text.length): number {
  let column = 0;
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === from ? -1 : column - 1;
}
