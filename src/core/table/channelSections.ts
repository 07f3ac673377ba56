import { CHANNEL_GMV_HEADERS } from '../markets/analyticsHeaders';
import { PRODUCT_LIST_SECTIONS } from '../markets/productListSections';
import { normalizeHeader } from './normalizeHeader';

/** Column starts of the section labels in the row above the header (none unless two or more). */
export function sectionStarts(values: readonly (readonly unknown[])[], headerRow: number): number[] {
  const labels = headerRow > 0 ? (values[headerRow - 1] ?? []) : [];
  const starts = labels.flatMap((cell, c) => (typeof cell === 'string' && cell.trim() ? [c] : []));
  return starts.length >= 2 && !labels.some((cell) => typeof cell === 'number') ? starts : [];
}

/**
 * A product list with channel sections (LIVE, Video, Product card, in any language PRODUCT_LIST_SECTIONS knows), its
 * header renamed so each channel section's GMV column carries that channel's column name ('LIVE-attributed GMV'): the
 * channel metrics read it as they read a shop export's channel columns. The values as given when there is nothing to rename.
 */
export function withChannelSections<T>(values: readonly (readonly T[])[], headerRow: number): readonly (readonly T[])[] {
  const starts = sectionStarts(values, headerRow);
  const header = values[headerRow];
  const labels = values[headerRow - 1];
  const present = new Set(header.map(normalizeHeader));
  let renamed: T[] | undefined;
  starts.forEach((start, i) => {
    const measure = PRODUCT_LIST_SECTIONS.get(normalizeHeader(labels[start]));
    if (measure === undefined || measure === 'all') return;
    const name = CHANNEL_GMV_HEADERS[measure][0];
    if (present.has(normalizeHeader(name))) return;
    const end = starts[i + 1] ?? header.length;
    for (let c = start; c < end; c++) {
      if (normalizeHeader(header[c]) !== 'gmv') continue;
      (renamed ??= header.slice())[c] = name as T;
      break;
    }
  });
  if (!renamed) return values;
  const copy = values.slice();
  copy[headerRow] = renamed;
  return copy;
}
