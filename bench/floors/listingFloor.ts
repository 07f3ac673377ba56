/**
 * The floor of TTS_LISTING_QA: one plain loop over the product rows applying the same rules with the
 * same text primitives (src/core/qa/textPatterns.ts, gtin.ts), counting findings per row and check;
 * no finding objects, messages or column bookkeeping. Assumes the set-up's Products columns.
 */
import { readGtin } from '../../src/core/qa/gtin';
import type { QaSettings } from '../../src/core/settings/qaSettings';
import { skuKey } from '../../src/core/qa/sku';
import { characterCount, countWords, decorativeSymbols, findWebAddress, isAllCaps, phraseFinder } from '../../src/core/qa/textPatterns';

export type FindingCounts = Map<string, number>;

const text = (cell: unknown): string => (typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell));

function price(cell: unknown): number | undefined {
  if (typeof cell === 'number') return cell;
  const t = text(cell);
  return t === '' ? undefined : Number(t.replace(/[$,]/g, ''));
}

export function listingFloor(values: readonly (readonly unknown[])[], s: QaSettings): FindingCounts {
  const found: FindingCounts = new Map();
  const report = (row: number, check: string): void => {
    const key = `${row}:${check}`;
    found.set(key, (found.get(key) ?? 0) + 1);
  };
  const promotional = phraseFinder(s.promotionalPhrases);
  const platform = phraseFinder(s.platformNames);
  const counterfeit = phraseFinder(s.counterfeitWords);
  const skus = new Set<string>();
  const titles = new Set<string>();
  for (let r = 1; r < values.length; r++) {
    const [skuCell, titleCell, variationCell, priceCell, imagesCell, descriptionCell, gtinCell] = values[r];
    const row = r + 1;
    const sku = text(skuCell);
    if (sku === '') report(row, 'sku-missing');
    else {
      if (characterCount(sku) > s.sellerSkuMaxChars) report(row, 'sku-too-long');
      if (skus.has(skuKey(sku))) report(row, 'sku-duplicate');
      else skus.add(skuKey(sku));
    }
    const title = text(titleCell);
    if (title === '') report(row, 'title-missing');
    else {
      const length = characterCount(title);
      if (length < s.titleMinChars || length > s.titleMaxChars) report(row, 'title-length');
      if (promotional(title) !== undefined) report(row, 'title-promotional');
      if (findWebAddress(title) !== undefined) report(row, 'title-url');
      if (isAllCaps(title, s.allCapsMinLetters)) report(row, 'title-all-caps');
      if (decorativeSymbols(title)) report(row, 'title-symbols');
      if (platform(title) !== undefined) report(row, 'title-platform');
      if (counterfeit(title) !== undefined) report(row, 'title-counterfeit');
      const key = `${title.toLowerCase().replace(/\s+/g, ' ')}\u0000${text(variationCell).toLowerCase()}`;
      if (titles.has(key)) report(row, 'title-duplicate');
      else titles.add(key);
    }
    const images = typeof imagesCell === 'number' ? imagesCell : 0;
    if (images <= 0) report(row, 'images-none');
    else if (images < s.minImages) report(row, 'images-few');
    else if (images > s.maxImages) report(row, 'images-too-many');
    const description = text(descriptionCell);
    if (description === '') report(row, 'description-missing');
    else {
      if (characterCount(description) > s.descriptionMaxChars) report(row, 'description-too-long');
      if (countWords(description) < s.descriptionMinWords) report(row, 'description-short');
    }
    const amount = price(priceCell);
    if (amount === undefined) report(row, 'price-missing');
    else if (amount < s.priceMin || amount > s.priceMax) report(row, 'price-range');
    if (text(gtinCell) !== '') {
      const reading = readGtin(gtinCell);
      if (reading.kind === 'format') report(row, 'gtin-format');
      else if (reading.kind === 'check-digit') report(row, 'gtin-check-digit');
    }
  }
  return found;
}
