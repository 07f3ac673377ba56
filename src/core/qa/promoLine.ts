import type { Catalog } from './catalog';
import { TIER_KEYS, type PromoColumnKey } from './promoColumns';
import { parsePromoType, type PromoTypeId } from './promoTypes';
import type { QaCells } from './qaCells';
import { skuKey } from './sku';

/** One promotion row as the checks see it; one record is reused for every row. Numbers: undefined blank, NaN unreadable (reported). */
export interface PromoLine {
  row: number;
  sku: string;
  typeText: string;
  type: PromoTypeId | undefined;
  listPrice: number | undefined;
  promoPrice: number | undefined;
  /** A fraction: 20, "20%" and 0.2 all read as 0.2. */
  discount: number | undefined;
  amountOff: number | undefined;
  /** Wall-clock ms. */
  start: number | undefined;
  end: number | undefined;
  lowest30: number | undefined;
  stock: number | undefined;
  tierQty: (number | undefined)[];
  tierDiscount: (number | undefined)[];
  tierDiscountText: string[];
  /** Whether the products range has the SKU, and its price and row there; undefined without a products range. */
  inCatalog: boolean | undefined;
  catalogPrice: number | undefined;
  catalogRow: number;
}

/** A discount cell as a fraction: above 1 it is percentage points (20 → 20%), else already a fraction (0.2, "20%"). */
const discountFraction = (value: number | undefined): number | undefined => (value !== undefined && value > 1 ? value / 100 : value);

export function promoLineReader(cells: QaCells<PromoColumnKey>, catalog: Catalog | undefined): (r: number) => PromoLine {
  const tiers = TIER_KEYS.length;
  const line: PromoLine = {
    row: 0,
    sku: '',
    typeText: '',
    type: undefined,
    listPrice: undefined,
    promoPrice: undefined,
    discount: undefined,
    amountOff: undefined,
    start: undefined,
    end: undefined,
    lowest30: undefined,
    stock: undefined,
    tierQty: new Array<number | undefined>(tiers),
    tierDiscount: new Array<number | undefined>(tiers),
    tierDiscountText: new Array<string>(tiers),
    inCatalog: undefined,
    catalogPrice: undefined,
    catalogRow: 0,
  };
  return (r) => {
    line.row = cells.rowNumber(r);
    line.sku = cells.text(r, 'sellerSku');
    line.typeText = cells.text(r, 'promoType');
    line.type = parsePromoType(line.typeText);
    line.listPrice = cells.number(r, 'listPrice');
    line.promoPrice = cells.number(r, 'promoPrice');
    line.discount = discountFraction(cells.number(r, 'discount'));
    line.amountOff = cells.number(r, 'amountOff');
    line.start = cells.dateTime(r, 'start');
    line.end = cells.endDateTime(r, 'end');
    line.lowest30 = cells.number(r, 'lowest30');
    line.stock = cells.number(r, 'stock');
    for (let t = 0; t < tiers; t++) {
      line.tierQty[t] = cells.number(r, TIER_KEYS[t][0]);
      line.tierDiscount[t] = cells.number(r, TIER_KEYS[t][1]);
      line.tierDiscountText[t] = cells.text(r, TIER_KEYS[t][1]);
    }
    const listed = catalog?.bySku.get(skuKey(line.sku));
    line.inCatalog = catalog && line.sku !== '' ? listed !== undefined : undefined;
    line.catalogPrice = listed?.price;
    line.catalogRow = listed?.row ?? 0;
    return line;
  };
}

/** The list price a row's offer is measured against: its own, else the products range's; undefined when neither is a price. */
export function listPriceOf(line: PromoLine): number | undefined {
  if (line.listPrice !== undefined && line.listPrice > 0) return line.listPrice;
  if (line.listPrice === undefined && line.catalogPrice !== undefined && line.catalogPrice > 0) return line.catalogPrice;
  return undefined;
}
