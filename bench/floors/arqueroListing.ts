/**
 * TTS_LISTING_QA written with arquero 8 from the same 2-D values: each rule a derived column (the
 * same text primitives as the engine), duplicates by a grouped row number, findings folded per row.
 */
import * as aq from 'arquero';
import { readGtin } from '../../src/core/qa/gtin';
import type { QaSettings } from '../../src/core/settings/qaSettings';
import { skuKey } from '../../src/core/qa/sku';
import { characterCount, countWords, decorativeSymbols, findWebAddress, isAllCaps, phraseFinder } from '../../src/core/qa/textPatterns';
import type { FindingCounts } from './listingFloor';

const { op } = aq;
const text = (cell: unknown): string => (typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell));

interface Product {
  row: number;
  sku: string;
  title: string;
  variation: string;
  price: unknown;
  images: unknown;
  description: string;
  gtin: unknown;
}

export function arqueroListing(values: readonly (readonly unknown[])[], s: QaSettings): FindingCounts {
  const body = values.slice(1);
  const promotional = phraseFinder(s.promotionalPhrases);
  const platform = phraseFinder(s.platformNames);
  const counterfeit = phraseFinder(s.counterfeitWords);
  const rowChecks = (p: Product): string[] => {
    const out: string[] = [];
    if (p.sku === '') out.push('sku-missing');
    else if (characterCount(p.sku) > s.sellerSkuMaxChars) out.push('sku-too-long');
    if (p.title === '') out.push('title-missing');
    else {
      const length = characterCount(p.title);
      if (length < s.titleMinChars || length > s.titleMaxChars) out.push('title-length');
      if (promotional(p.title) !== undefined) out.push('title-promotional');
      if (findWebAddress(p.title) !== undefined) out.push('title-url');
      if (isAllCaps(p.title, s.allCapsMinLetters)) out.push('title-all-caps');
      if (decorativeSymbols(p.title)) out.push('title-symbols');
      if (platform(p.title) !== undefined) out.push('title-platform');
      if (counterfeit(p.title) !== undefined) out.push('title-counterfeit');
    }
    const images = typeof p.images === 'number' ? p.images : 0;
    if (images <= 0) out.push('images-none');
    else if (images < s.minImages) out.push('images-few');
    else if (images > s.maxImages) out.push('images-too-many');
    if (p.description === '') out.push('description-missing');
    else {
      if (characterCount(p.description) > s.descriptionMaxChars) out.push('description-too-long');
      if (countWords(p.description) < s.descriptionMinWords) out.push('description-short');
    }
    const price = typeof p.price === 'number' ? p.price : text(p.price) === '' ? undefined : Number(text(p.price).replace(/[$,]/g, ''));
    if (price === undefined) out.push('price-missing');
    else if (price < s.priceMin || price > s.priceMax) out.push('price-range');
    if (text(p.gtin) !== '') {
      const kind = readGtin(p.gtin).kind;
      if (kind !== 'valid') out.push(kind === 'format' ? 'gtin-format' : 'gtin-check-digit');
    }
    return out;
  };
  const products = aq
    .table({
      row: body.map((_, i) => i + 2),
      sku: body.map((r) => text(r[0])),
      title: body.map((r) => text(r[1])),
      variation: body.map((r) => text(r[2])),
      price: body.map((r) => r[3]),
      images: body.map((r) => r[4]),
      description: body.map((r) => text(r[5])),
      gtin: body.map((r) => r[6]),
    })
    .derive({
      checks: aq.escape(rowChecks),
      skuKey: aq.escape((d: Product) => (d.sku === '' ? null : skuKey(d.sku))),
      titleKey: aq.escape((d: Product) =>
        d.title === '' ? null : `${d.title.toLowerCase().replace(/\s+/g, ' ')}\u0000${d.variation.toLowerCase()}`,
      ),
    });
  const skuRank = products
    .groupby('skuKey')
    .derive({ skuRank: () => op.row_number() })
    .ungroup();
  const ranked = skuRank
    .groupby('titleKey')
    .derive({ titleRank: () => op.row_number() })
    .ungroup();
  const found: FindingCounts = new Map();
  for (const p of ranked.objects() as (Product & {
    checks: string[];
    skuKey: string | null;
    titleKey: string | null;
    skuRank: number;
    titleRank: number;
  })[]) {
    const checks = [...p.checks];
    if (p.skuKey !== null && p.skuRank > 1) checks.push('sku-duplicate');
    if (p.titleKey !== null && p.titleRank > 1) checks.push('title-duplicate');
    for (const check of checks) found.set(`${p.row}:${check}`, (found.get(`${p.row}:${check}`) ?? 0) + 1);
  }
  return found;
}
