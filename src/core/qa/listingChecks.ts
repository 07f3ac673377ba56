import { isBlank } from '../values/isBlank';
import { perLine, type LineCheck } from './checkRunner';
import { excerpt } from '../values/errors';
import { readGtin } from './gtin';
import type { ListingRuleId } from './listingRules';
import { IMAGE_URL_KEYS, type ProductColumnKey } from './productColumns';
import type { ProductLine } from './productLine';
import { skuKey } from './sku';
import { characterCount, countWords, decorativeSymbols, findWebAddress, isAllCaps, phraseFinder } from './textPatterns';

type ListingCheck = LineCheck<ProductLine, ProductColumnKey, ListingRuleId>;

const sellerSku: ListingCheck = {
  reports: ['sku-missing', 'sku-too-long', 'sku-duplicate'],
  needs: [],
  start: (settings, report) => {
    const firstRow = new Map<string, number>();
    return {
      line: ({ row, sku }) => {
        if (sku === '') return report('sku-missing', row, 'sellerSku');
        const length = characterCount(sku);
        if (length > settings.sellerSkuMaxChars)
          report('sku-too-long', row, 'sellerSku', { sku: excerpt(sku), length, max: settings.sellerSkuMaxChars });
        const first = firstRow.get(skuKey(sku));
        if (first === undefined) firstRow.set(skuKey(sku), row);
        else report('sku-duplicate', row, 'sellerSku', { sku: excerpt(sku), firstRow: first });
      },
    };
  },
};

const titleLength: ListingCheck = perLine(['title-missing', 'title-length'], [], ({ row, title }, settings, report) => {
  const min = settings.titleMinChars;
  const max = settings.titleMaxChars;
  if (title === '') return report('title-missing', row, 'title', { min, max });
  const length = characterCount(title);
  if (length < min || length > max) report('title-length', row, 'title', { min, max, length, title: excerpt(title) });
});

/** Title wording checks that look for a phrase from a setting's list. */
function titleWording(id: ListingRuleId, phrases: 'promotionalPhrases' | 'platformNames' | 'counterfeitWords'): ListingCheck {
  return {
    reports: [id],
    needs: [],
    start: (settings, report) => {
      const find = phraseFinder(settings[phrases]);
      return {
        line: ({ row, title }) => {
          const found = find(title);
          if (found !== undefined) report(id, row, 'title', { found, title: excerpt(title) });
        },
      };
    },
  };
}

const titleStyle: ListingCheck = perLine(['title-url', 'title-all-caps', 'title-symbols'], [], ({ row, title }, settings, report) => {
  const address = findWebAddress(title);
  if (address !== undefined) report('title-url', row, 'title', { found: excerpt(address) });
  if (isAllCaps(title, settings.allCapsMinLetters)) report('title-all-caps', row, 'title', { title: excerpt(title) });
  const symbols = decorativeSymbols(title);
  if (symbols) report('title-symbols', row, 'title', { found: symbols });
});

/** The same title twice is a duplicate listing, unless the rows are variants (different Variation). */
const duplicateTitle: ListingCheck = {
  reports: ['title-duplicate'],
  needs: [],
  start: (_settings, report) => {
    const firstRow = new Map<string, number>();
    return {
      line: ({ row, title, variation }) => {
        if (title === '') return;
        const key = `${title.toLowerCase().replace(/\s+/g, ' ')}\u0000${variation.toLowerCase()}`;
        const first = firstRow.get(key);
        if (first === undefined) firstRow.set(key, row);
        else report('title-duplicate', row, 'title', { title: excerpt(title), firstRow: first });
      },
    };
  },
};

const mainImages: ListingCheck = perLine(
  ['images-none', 'images-few', 'images-too-many'],
  [['imageCount', ...IMAGE_URL_KEYS]],
  ({ row, images, imagesFound, imagesKey }, settings, report) => {
    if (images === undefined || isNaN(images) || (images > 0 && images >= settings.minImages && images <= settings.maxImages)) return;
    const values = { count: images, found: imagesFound, min: settings.minImages, max: settings.maxImages };
    if (images <= 0) report('images-none', row, imagesKey, values);
    else if (images < settings.minImages) report('images-few', row, imagesKey, { ...values, missing: Math.ceil(settings.minImages - images) });
    else report('images-too-many', row, imagesKey, values);
  },
);

const description: ListingCheck = perLine(
  ['description-missing', 'description-short', 'description-too-long'],
  [['description']],
  ({ row, description }, settings, report) => {
    if (description === '') return report('description-missing', row, 'description', { min: settings.descriptionMinWords });
    const length = description.length > settings.descriptionMaxChars ? characterCount(description) : description.length;
    if (length > settings.descriptionMaxChars) report('description-too-long', row, 'description', { length, max: settings.descriptionMaxChars });
    const words = countWords(description, settings.descriptionMinWords);
    if (words < settings.descriptionMinWords) report('description-short', row, 'description', { words, min: settings.descriptionMinWords });
  },
);

const price: ListingCheck = perLine(['price-missing', 'price-range'], [['price']], (line, settings, report, { money }) => {
  const bounds = (): { min: string; max: string } => ({ min: money(settings.priceMin), max: money(settings.priceMax) });
  if (line.price === undefined) report('price-missing', line.row, 'price', bounds());
  else if (line.price < settings.priceMin || line.price > settings.priceMax)
    report('price-range', line.row, 'price', { ...bounds(), price: money(line.price) });
});

const gtin: ListingCheck = perLine(['gtin-format', 'gtin-check-digit'], [], ({ row, gtinCell }, _settings, report) => {
  if (isBlank(gtinCell)) return;
  const reading = readGtin(gtinCell);
  if (reading.kind === 'format') report('gtin-format', row, 'gtin', { code: excerpt(String(gtinCell).trim()), problem: reading.problem });
  else if (reading.kind === 'check-digit')
    report('gtin-check-digit', row, 'gtin', { code: reading.digits, found: reading.digits.slice(-1), expected: reading.expected });
});

/** The checks of TTS_LISTING_QA, in the order their findings appear within a row. */
export const LISTING_CHECKS: readonly ListingCheck[] = [
  sellerSku,
  titleLength,
  titleWording('title-promotional', 'promotionalPhrases'),
  titleStyle,
  titleWording('title-platform', 'platformNames'),
  titleWording('title-counterfeit', 'counterfeitWords'),
  duplicateTitle,
  mainImages,
  description,
  price,
  gtin,
];
