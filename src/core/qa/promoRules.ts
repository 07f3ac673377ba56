import { COMMON_RULES, type CommonRuleId } from './commonRules';
import { errorRule, warningRule, type Rules } from './rule';

export type PromoRuleId =
  | CommonRuleId
  | 'promo-type-unknown'
  | 'sku-unknown'
  | 'list-price-mismatch'
  | 'price-not-positive'
  | 'promo-price-not-below-list'
  | 'discount-missing'
  | 'discount-out-of-band'
  | 'coupon-amount-too-small'
  | 'end-before-start'
  | 'flash-deal-too-long'
  | 'price-not-below-30-day-low'
  | 'promo-overlap'
  | 'bmsm-tiers-not-increasing'
  | 'bmsm-too-many-tiers'
  | 'stock-zero';

/** The promotion checks of TTS_PROMO_QA, one row each. */
export const PROMO_RULES: Rules<PromoRuleId> = {
  ...COMMON_RULES,
  'promo-type-unknown': warningRule(
    'Type {type} is not a promotion type the checks know; expected one of {types}.',
    'Type one of {types}; until then the discount band, duration, 30-day-low and overlap checks skip this row.',
  ),
  'sku-unknown': errorRule(
    "Seller SKU '{sku}' is not in the products table ({count} SKUs); expected one of its SKUs.",
    'Correct the SKU, or add the product to the products table.',
  ),
  'list-price-mismatch': warningRule(
    "List price {found} differs from the products table's price {catalog} (its row {catalogRow}); expected the same.",
    "Update whichever is out of date; this row's discount is checked against its own list price.",
  ),
  'price-not-positive': errorRule('{what} {price} is not a price; expected more than 0.', 'Correct the {what}.'),
  'promo-price-not-below-list': errorRule(
    'Promo price {promo} is not below the list price {list}; expected a lower price.',
    'Lower the promo price, or correct the list price.',
  ),
  'discount-missing': warningRule('{type} has no {needed}; expected one, to check the offer.', 'Fill in the {needed}.'),
  'discount-out-of-band': errorRule('Discount {discount} ({how}) is outside the {type} band {min}–{max}.', 'Set a discount between {min} and {max}.'),
  'coupon-amount-too-small': errorRule('Seller coupon takes {off} off ({how}); expected at least {min}.', 'Raise the coupon to at least {min} off.'),
  'end-before-start': errorRule('End {end} is before start {start}.', 'Correct the dates (day and month order included).'),
  'flash-deal-too-long': errorRule(
    'Flash deal runs {hours} hours ({start} to {end}); expected at most {max}.',
    'End it within {max} hours of the start, or split it into separate flash deals.',
  ),
  'price-not-below-30-day-low': errorRule(
    '{type} price {price} is {relation} the 30-day low {low}; expected {expected} {low}.',
    'Price the deal {expected} the lowest price paid in the last 30 days (shipping and tax excluded), or choose another product.',
  ),
  'promo-overlap': errorRule(
    "{type} ({start} to {end}) overlaps the {otherType} on row {otherRow} ({otherStart} to {otherEnd}) for SKU '{sku}'; expected one at a time.",
    'Move the dates of one so they do not overlap, or take the SKU out of one.',
  ),
  'bmsm-tiers-not-increasing': errorRule(
    'Tier {tier} ({qty} items, {discount} off) does not ask more and give more than tier {previous} ({previousQty} items, {previousDiscount} off); expected both higher.',
    'Give each tier a higher quantity and a bigger discount than the one before.',
  ),
  'bmsm-too-many-tiers': errorRule('{count} tiers; expected at most {max}.', 'Keep {max} tiers.'),
  'stock-zero': errorRule(
    'Stock is {stock}; expected at least 1 unit for the promotion.',
    'Reserve stock for the promotion, or take the SKU out of it.',
  ),
};
