import { roundToCents } from '../values/roundToCents';
import type { Catalog } from './catalog';
import { perLine, type LineCheck } from './checkRunner';
import { excerpt } from '../values/errors';
import { wallClockText } from './wallClockText';
import type { PromoColumnKey } from './promoColumns';
import { listPriceOf, type PromoLine } from './promoLine';
import { offerOf } from './promoOffer';
import { promoOverlap } from './promoOverlap';
import type { PromoRuleId } from './promoRules';
import { PROMO_TYPE_LABELS, PROMO_TYPES } from './promoTypes';

type PromoCheck = LineCheck<PromoLine, PromoColumnKey, PromoRuleId>;

const MS_PER_HOUR = 3_600_000;
const EPSILON = 1e-9;
const label = (line: PromoLine): string => (line.type === undefined ? 'Promotion' : PROMO_TYPES[line.type].label);

const promoType: PromoCheck = perLine(['promo-type-unknown'], [], (line, _settings, report) => {
  if (line.type !== undefined) return;
  const types = PROMO_TYPE_LABELS.join(', ');
  report('promo-type-unknown', line.row, 'promoType', { type: line.typeText ? `'${excerpt(line.typeText)}'` : '(blank)', types });
});

const sellerSku: PromoCheck = perLine(['sku-missing'], [], ({ row, sku }, _settings, report) => {
  if (sku === '') report('sku-missing', row, 'sellerSku');
});

function inCatalog(catalog: Catalog): PromoCheck {
  return perLine(['sku-unknown', 'list-price-mismatch'], [], (line, _settings, report, { money }) => {
    if (line.inCatalog === false) report('sku-unknown', line.row, 'sellerSku', { sku: excerpt(line.sku), count: catalog.bySku.size });
    const { listPrice, catalogPrice } = line;
    if (listPrice === undefined || catalogPrice === undefined || !Number.isFinite(listPrice) || !Number.isFinite(catalogPrice)) return;
    if (roundToCents(listPrice) !== roundToCents(catalogPrice))
      report('list-price-mismatch', line.row, 'listPrice', { found: money(listPrice), catalog: money(catalogPrice), catalogRow: line.catalogRow });
  });
}

const promoPriceAtOrAboveList = (line: PromoLine): boolean => {
  const list = listPriceOf(line);
  return line.promoPrice !== undefined && list !== undefined && roundToCents(line.promoPrice) >= roundToCents(list);
};

const prices: PromoCheck = perLine(['price-not-positive', 'promo-price-not-below-list'], [], (line, _settings, report, { money }) => {
  if (line.listPrice !== undefined && line.listPrice <= 0)
    report('price-not-positive', line.row, 'listPrice', { what: 'List price', price: money(line.listPrice) });
  const promo = line.promoPrice;
  if (promo === undefined || isNaN(promo)) return; // NaN: already reported as unreadable
  if (promo <= 0) return report('price-not-positive', line.row, 'promoPrice', { what: 'Promo price', price: money(promo) });
  if (promoPriceAtOrAboveList(line))
    report('promo-price-not-below-list', line.row, 'promoPrice', { promo: money(promo), list: money(listPriceOf(line) ?? 0) });
});

/** Discount bands by type, and the coupon's minimum amount off. */
const discount: PromoCheck = perLine(
  ['discount-missing', 'discount-out-of-band', 'coupon-amount-too-small'],
  [['promoPrice', 'discount', 'amountOff']],
  (line, settings, report, numbers) => {
    const { money, limit } = numbers;
    if (line.type === undefined || line.type === 'bmsm' || promoPriceAtOrAboveList(line)) return;
    const offer = offerOf(line, numbers);
    if (offer === undefined) {
      if (line.promoPrice === undefined && line.discount === undefined && line.amountOff === undefined)
        report('discount-missing', line.row, 'promoPrice', { type: label(line), needed: 'promo price, discount or amount off' });
      return;
    }
    const band = PROMO_TYPES[line.type].band;
    const d = offer.discount;
    if (band && d !== undefined && Number.isFinite(d) && (d < settings[band.min] - EPSILON || d > settings[band.max] + EPSILON)) {
      report('discount-out-of-band', line.row, line.promoPrice === undefined ? 'discount' : 'promoPrice', {
        type: label(line).toLowerCase(),
        discount: limit(d, 1),
        how: offer.how,
        min: limit(settings[band.min], 1),
        max: limit(settings[band.max], 1),
      });
    }
    const off = offer.amountOff;
    if (line.type === 'coupon' && off !== undefined && Number.isFinite(off) && roundToCents(off) < roundToCents(settings.couponMinAmountOff))
      report('coupon-amount-too-small', line.row, line.amountOff === undefined ? 'promoPrice' : 'amountOff', {
        off: money(off),
        how: offer.how,
        min: money(settings.couponMinAmountOff),
      });
  },
  (line) => line.type !== undefined && line.type !== 'bmsm',
);

const dates: PromoCheck = perLine(
  ['end-before-start', 'flash-deal-too-long'],
  [['start'], ['end']],
  ({ row, type, start, end }, settings, report) => {
    if (start === undefined || end === undefined || !Number.isFinite(start) || !Number.isFinite(end)) return;
    const span = { start: wallClockText(start), end: wallClockText(end) };
    if (end < start) return report('end-before-start', row, 'end', span);
    const hours = (end - start) / MS_PER_HOUR;
    if (type === 'flashDeal' && hours > settings.flashDealMaxHours)
      report('flash-deal-too-long', row, 'end', { ...span, hours: Math.round(hours * 10) / 10, max: settings.flashDealMaxHours });
  },
);

/** Flash deals must be below the lowest price of the last 30 days; campaign prices at or below it. */
const lowest30: PromoCheck = perLine(
  ['price-not-below-30-day-low'],
  [['lowest30']],
  (line, _settings, report, numbers) => {
    const rule = line.type === undefined ? undefined : PROMO_TYPES[line.type].belowLowest30;
    const low = line.lowest30;
    if (rule === undefined || low === undefined || !(low > 0)) return;
    const price = offerOf(line, numbers)?.price;
    if (price === undefined || !Number.isFinite(price)) return;
    const fails = rule === 'strictly' ? roundToCents(price) >= roundToCents(low) : roundToCents(price) > roundToCents(low);
    if (fails)
      report('price-not-below-30-day-low', line.row, line.promoPrice === undefined ? 'lowest30' : 'promoPrice', {
        type: label(line),
        price: numbers.money(price),
        low: numbers.money(low),
        relation: rule === 'strictly' ? 'not below' : 'above',
        expected: rule === 'strictly' ? 'below' : 'at or below',
      });
  },
  (line) => line.type !== undefined && PROMO_TYPES[line.type].belowLowest30 !== undefined,
);

const stock: PromoCheck = perLine(['stock-zero'], [['stock']], ({ row, stock }, _settings, report) => {
  if (stock !== undefined && stock <= 0) report('stock-zero', row, 'stock', { stock });
});

/** Buy more save more: at most two tiers, each asking more items for a bigger discount. */
const bmsmTiers: PromoCheck = perLine(
  ['discount-missing', 'bmsm-too-many-tiers', 'bmsm-tiers-not-increasing'],
  [['tier1Qty', 'tier1Discount']],
  (line, settings, report) => {
    if (line.type !== 'bmsm') return;
    const { tierQty, tierDiscount, tierDiscountText } = line;
    let count = 0;
    for (let t = 0; t < tierQty.length; t++) if (tierQty[t] !== undefined || tierDiscount[t] !== undefined) count = t + 1;
    if (count === 0) return report('discount-missing', line.row, 'tier1Qty', { type: label(line), needed: 'tier quantities and discounts' });
    if (count > settings.bmsmMaxTiers) report('bmsm-too-many-tiers', line.row, 'tier1Qty', { count, max: settings.bmsmMaxTiers });
    for (let t = 1; t < count; t++) {
      const [qty, previousQty, off, previousOff] = [tierQty[t], tierQty[t - 1], tierDiscount[t], tierDiscount[t - 1]];
      if (qty === undefined || previousQty === undefined || off === undefined || previousOff === undefined) continue;
      if (!Number.isFinite(qty + previousQty + off + previousOff) || (qty > previousQty && off > previousOff)) continue;
      report('bmsm-tiers-not-increasing', line.row, t === 1 ? 'tier2Qty' : 'tier3Qty', {
        tier: t + 1,
        qty,
        discount: tierDiscountText[t],
        previous: t,
        previousQty,
        previousDiscount: tierDiscountText[t - 1],
      });
    }
  },
  (line) => line.type === 'bmsm',
);

/** The checks of TTS_PROMO_QA, in the order their findings appear within a row; the products check only with a products range. */
export function promoChecks(catalog: Catalog | undefined): PromoCheck[] {
  return [promoType, sellerSku, ...(catalog ? [inCatalog(catalog)] : []), prices, discount, dates, lowest30, promoOverlap, stock, bmsmTiers];
}
