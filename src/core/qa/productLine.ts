import { isBlank } from '../values/isBlank';
import { IMAGE_URL_KEYS, type ProductColumnKey } from './productColumns';
import type { QaCells } from './qaCells';

/** One product row as the listing checks see it; one record is reused for every row. */
export interface ProductLine {
  row: number;
  sku: string;
  title: string;
  variation: string;
  description: string;
  /** undefined blank; NaN unreadable (already reported). */
  price: number | undefined;
  /** Main images from the count column, else the filled image URL columns; undefined when the table has neither. */
  images: number | undefined;
  /** Where `images` came from, for messages: "'Main images' is 0", "3 of 'Image 1'…'Image 9' filled". */
  imagesFound: string;
  /** The column findings about images name. */
  imagesKey: ProductColumnKey;
  gtinCell: unknown;
}

export function productLineReader(cells: QaCells<ProductColumnKey>): (r: number) => ProductLine {
  const line: ProductLine = {
    row: 0,
    sku: '',
    title: '',
    variation: '',
    description: '',
    price: undefined,
    images: undefined,
    imagesFound: '',
    imagesKey: 'imageCount',
    gtinCell: '',
  };
  const urlKeys = IMAGE_URL_KEYS.filter((key) => cells.has(key));
  const urlCols = urlKeys.map((key) => cells.table.index(key));
  const urlNames = urlCols.length ? [urlCols[0], urlCols[urlCols.length - 1]].map((col) => `'${cells.table.headerAt(col)}'`) : [];
  const urlColumns = urlCols.length > 1 ? urlNames.join('…') : urlNames.join('');
  const gtinCol = cells.table.index('gtin');
  const { values } = cells.table;
  return (r) => {
    line.row = cells.rowNumber(r);
    line.sku = cells.text(r, 'sellerSku');
    line.title = cells.text(r, 'title');
    line.variation = cells.text(r, 'variation');
    line.description = cells.text(r, 'description');
    line.price = cells.number(r, 'price');
    const count = cells.number(r, 'imageCount');
    if (count !== undefined || (urlCols.length === 0 && cells.has('imageCount'))) {
      line.images = count ?? 0;
      line.imagesFound = `'${cells.header('imageCount')}' is ${count === undefined ? 'blank' : cells.text(r, 'imageCount')}`;
      line.imagesKey = 'imageCount';
    } else if (urlCols.length) {
      let filled = 0;
      for (const col of urlCols) if (!isBlank(values[r][col])) filled++;
      line.images = filled;
      line.imagesFound = `${filled} of ${urlColumns} filled`;
      line.imagesKey = urlKeys[0];
    } else line.images = undefined;
    line.gtinCell = gtinCol < 0 ? '' : values[r][gtinCol];
    return line;
  };
}
