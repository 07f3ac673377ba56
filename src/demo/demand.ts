import { CATALOG_SKUS, type CatalogSku } from './catalog';
import { weekday } from './calendar';
import { Rng } from './random';

/** Orders by weekday, Sunday first: weekends sell more. */
const WEEKDAY_FACTOR = [1.14, 0.9, 0.93, 0.97, 1.0, 1.04, 1.12];

/** Share of orders by hour of the day: evening peak, quiet small hours, some orders near midnight. */
export const HOUR_WEIGHTS: readonly (readonly [number, number])[] = [
  3.2, 2.1, 1.3, 0.8, 0.6, 0.7, 1.2, 2, 3, 3.5, 3.8, 4, 4.5, 4.5, 4.2, 4, 4.2, 4.8, 5.5, 6.5, 7, 7.2, 6.4, 4.9,
].map((w, hour) => [hour, w] as const);

/**
 * Relative demand of each day of the period: weekday pattern, a mild upward trend, a slow wave and
 * day-to-day noise. Depends only on the seed, so every export of one seed tells the same story.
 */
export function dayWeights(seed: number, firstDay: number, days: number): number[] {
  const rng = Rng.derive(seed, 101);
  const out: number[] = [];
  for (let i = 0; i < days; i++) {
    const t = days > 1 ? i / (days - 1) : 1;
    const trend = 1 + 0.25 * t;
    const wave = 1 + 0.07 * Math.sin((2 * Math.PI * i) / 29 + 1);
    const noise = Math.max(0.6, 1 + 0.08 * rng.normal());
    out.push(WEEKDAY_FACTOR[weekday(firstDay + i)] * trend * wave * noise);
  }
  return out;
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]]++;
  return parts;
}

/** SKU choice weights at time `t` (0 = start of the period, 1 = end). */
export function skuWeights(t: number): [CatalogSku, number][] {
  return CATALOG_SKUS.map((sku, i) => {
    const base = sku.product.popularity / sku.product.skus.length;
    const variant = 1 + 0.3 * Math.sin(i * 2.3);
    return [sku, Math.max(0.05, base * variant * (1 + sku.product.drift * t))];
  });
}

/** Lines per order: most orders hold one SKU, a few up to four. */
export const LINE_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 68],
  [2, 21],
  [3, 8],
  [4, 3],
];

export const MEAN_LINES_PER_ORDER = LINE_COUNT_WEIGHTS.reduce((a, [n, w]) => a + n * w, 0) / 100;
