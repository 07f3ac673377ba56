import type { CellValue } from './workbookPort';

/** Google Sheets holds at most 50,000 characters in a cell: longer state text is split into rows of this size. */
const CHUNK_CHARS = 45_000;

/**
 * Named JSON values as the rows of an owned tab, after a note row: `[name, part, text]`, one row per
 * chunk. Keeps state that outgrows a property (9 KB a value) in the spreadsheet it belongs to.
 */
export function jsonStateRows(note: string, values: Readonly<Record<string, unknown>>): CellValue[][] {
  const rows: CellValue[][] = [[note, '', '']];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const text = JSON.stringify(value);
    for (let part = 0; part * CHUNK_CHARS < Math.max(text.length, 1); part++)
      rows.push([name, part, text.slice(part * CHUNK_CHARS, (part + 1) * CHUNK_CHARS)]);
  }
  return rows;
}

/** The values `jsonStateRows` wrote; a value whose text no longer parses (an edited cell) is left out, as if never saved. */
export function readJsonState(values: readonly (readonly CellValue[])[] | undefined): Map<string, unknown> {
  const texts = new Map<string, string>();
  for (const [name, , text] of (values ?? []).slice(1)) {
    if (typeof name === 'string' && name && typeof text === 'string') texts.set(name, (texts.get(name) ?? '') + text);
  }
  const state = new Map<string, unknown>();
  for (const [name, text] of texts) {
    try {
      state.set(name, JSON.parse(text));
    } catch {
      // An edited or cut cell: the value is treated as never saved.
    }
  }
  return state;
}
