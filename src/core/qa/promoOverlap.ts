import type { LineCheck } from './checkRunner';
import { excerpt } from '../values/errors';
import { wallClockText } from './wallClockText';
import type { PromoColumnKey } from './promoColumns';
import type { PromoLine } from './promoLine';
import type { PromoRuleId } from './promoRules';
import { PROMO_TYPES, type PromoTypeId } from './promoTypes';
import { skuKey } from './sku';

const conflicts = (type: PromoTypeId | undefined): readonly PromoTypeId[] => (type === undefined ? [] : PROMO_TYPES[type].conflictsWith);

/**
 * The same SKU in two promotions that may not run together (flash deal + flash deal, flash deal +
 * buy more save more, ...) with overlapping dates. Per SKU, a sweep in start order keeps the
 * latest-ending promotion of each type: O(n log n), one finding per row that starts inside another.
 */
export const promoOverlap: LineCheck<PromoLine, PromoColumnKey, PromoRuleId> = {
  reports: ['promo-overlap'],
  needs: [['start'], ['end']],
  appliesTo: (line) => conflicts(line.type).length > 0,
  start: (_settings, report) => {
    const rows: number[] = [];
    const skus: string[] = [];
    const shownSkus: string[] = [];
    const types: PromoTypeId[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    return {
      line: ({ row, sku, type, start, end }) => {
        if (sku === '' || type === undefined || conflicts(type).length === 0) return;
        if (start === undefined || end === undefined || !(end > start)) return; // NaN, blank and reversed dates are reported elsewhere
        rows.push(row);
        skus.push(skuKey(sku));
        shownSkus.push(sku);
        types.push(type);
        starts.push(start);
        ends.push(end);
      },
      end: () => {
        const order = rows
          .map((_, i) => i)
          .sort((a, b) => (skus[a] < skus[b] ? -1 : skus[a] > skus[b] ? 1 : starts[a] - starts[b] || rows[a] - rows[b]));
        const latest = new Map<PromoTypeId, number>();
        for (let i = 0; i < order.length; i++) {
          const k = order[i];
          if (i === 0 || skus[order[i - 1]] !== skus[k]) latest.clear();
          const other = conflicts(types[k])
            .map((type) => latest.get(type))
            .find((j) => j !== undefined && ends[j] > starts[k]);
          if (other !== undefined) {
            report('promo-overlap', rows[k], 'start', {
              type: PROMO_TYPES[types[k]].label,
              start: wallClockText(starts[k]),
              end: wallClockText(ends[k]),
              otherType: PROMO_TYPES[types[other]].label.toLowerCase(),
              otherRow: rows[other],
              otherStart: wallClockText(starts[other]),
              otherEnd: wallClockText(ends[other]),
              sku: excerpt(shownSkus[k]),
            });
          }
          const previous = latest.get(types[k]);
          if (previous === undefined || ends[k] > ends[previous]) latest.set(types[k], k);
        }
      },
    };
  },
};
