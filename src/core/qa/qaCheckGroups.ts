import type { CheckGroup } from './checkFinding';

/** Listing and promotion checks about prices; the rest of a listing is Compliance, the rest of a promotion Promo eligibility. */
const PRICING_CHECKS: ReadonlySet<string> = new Set([
  'price-missing',
  'price-range',
  'list-price-mismatch',
  'price-not-positive',
  'promo-price-not-below-list',
]);

const GROUP_OF_TAB: Readonly<Record<'Products' | 'Promos' | 'Links', CheckGroup>> = {
  Products: 'Compliance',
  Promos: 'Promo eligibility',
  Links: 'Links',
};

/** The checklist group of a listing, promotion or link finding. */
export function qaCheckGroup(sourceTab: 'Products' | 'Promos' | 'Links', check: string): CheckGroup {
  return PRICING_CHECKS.has(check) ? 'Pricing' : GROUP_OF_TAB[sourceTab];
}
