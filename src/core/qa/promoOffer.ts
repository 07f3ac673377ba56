import type { ReportFormat } from '../format/reportFormat';
import { listPriceOf, type PromoLine } from './promoLine';

/** What a row's offer comes to, worked out from whichever of promo price, discount and amount off it gives. */
export interface Offer {
  readonly price: number | undefined;
  readonly discount: number | undefined;
  readonly amountOff: number | undefined;
  /** How, for messages: "list 20.00 → promo 19.00". */
  readonly how: string;
}

const usable = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

/** The row's offer; undefined when it gives no readable promo price, discount or amount off. */
export function offerOf(line: PromoLine, { money, limit }: ReportFormat): Offer | undefined {
  const list = listPriceOf(line);
  const listText = list === undefined ? '' : `list ${money(list)}${line.listPrice === undefined ? ' from the products table' : ''}`;
  if (usable(line.promoPrice) && line.promoPrice > 0) {
    const promo = line.promoPrice;
    if (list === undefined) return { price: promo, discount: line.discount, amountOff: line.amountOff, how: `promo ${money(promo)}` };
    return { price: promo, discount: (list - promo) / list, amountOff: list - promo, how: `${listText} → promo ${money(promo)}` };
  }
  if (usable(line.discount)) {
    const d = line.discount;
    return list === undefined
      ? { price: undefined, discount: d, amountOff: line.amountOff, how: `discount ${limit(d, 1)}` }
      : { price: list * (1 - d), discount: d, amountOff: list * d, how: `discount ${limit(d, 1)} of ${listText}` };
  }
  if (usable(line.amountOff)) {
    const off = line.amountOff;
    return list === undefined
      ? { price: undefined, discount: undefined, amountOff: off, how: `${money(off)} off` }
      : { price: list - off, discount: off / list, amountOff: off, how: `${money(off)} off ${listText}` };
  }
  return undefined;
}
