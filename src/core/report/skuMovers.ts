import { roundToCents } from '../values/roundToCents';
import { InputError } from '../values/errors';
import { aggregate } from '../metrics/aggregate';
import { groupFrame } from '../metrics/grouping';
import type { Settings } from '../settings/settings';
import { cleanText } from '../values/cleanText';
import type { CadencePeriods } from './cadence';
import type { SkuMove, SkuMovers } from './clientUpdate';
import type { ReportFormat } from '../format/reportFormat';
import { coverageProblem, type ReportSource } from './scorecard';

const SHOWN = 3;

/** The Seller SKUs whose GMV moved most up and most down between the previous period and this one. */
export function skuMovers(orders: ReportSource, periods: CadencePeriods, format: ReportFormat, settings: Settings): SkuMovers {
  const none = (detail: string): SkuMovers => ({ up: [], down: [], note: 'No SKU breakdown for this period.', detail });
  if (!orders.ok) return none(orders.problem);
  const { frame, sales } = orders.data;
  if (sales.kind !== 'orders') return { up: [], down: [], note: 'SKU movers need an order export.' };
  for (const [range, what] of [
    [periods.current, 'this period'],
    [periods.previous, 'previous period'],
  ] as const) {
    const problem = coverageProblem(orders.data, range, what);
    if (problem) return { up: [], down: [], note: `No SKU movers: ${problem}` };
  }
  const table = sales.table;
  if (!table.has('sellerSku')) return none(`${table.sheet || 'Orders'}: no 'Seller SKU' column, so SKU movers are not shown.`);
  let groups;
  try {
    groups = groupFrame(frame, table, { header: 'Seller SKU' }, settings);
  } catch (error) {
    if (error instanceof InputError) return none(error.message);
    throw error;
  }
  const ids = new Int32Array(frame.length);
  for (let i = 0; i < frame.length; i++) {
    const day = frame.day[i];
    const period = day >= periods.current.from && day <= periods.current.to ? 0 : day >= periods.previous.from && day <= periods.previous.to ? 1 : -1;
    ids[i] = period < 0 ? -1 : groups.ids[i] * 2 + period;
  }
  const gmv = aggregate(frame, { count: groups.count * 2, ids }, new Set(['gmv'])).get('gmv')!;
  const names = productNames(orders, groups.ids, groups.count);
  const moves: SkuMove[] = groups.labels.map((sku, g) => {
    const current = roundToCents(gmv[g * 2]);
    const previous = roundToCents(gmv[g * 2 + 1]);
    const change = roundToCents(current - previous);
    return {
      sku,
      label: names[g] || sku,
      current,
      previous,
      change,
      currentText: format.money(current),
      previousText: format.money(previous),
      changeText: format.signedMoney(change),
    };
  });
  const bySku = (a: SkuMove, b: SkuMove): number => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0);
  const up = moves.filter((m) => m.change > 0).sort((a, b) => b.change - a.change || bySku(a, b));
  const down = moves.filter((m) => m.change < 0).sort((a, b) => a.change - b.change || bySku(a, b));
  return { up: up.slice(0, SHOWN), down: down.slice(0, SHOWN) };
}

/** Each SKU group's product name and variation, from its first line. */
function productNames(orders: Extract<ReportSource, { ok: true }>, groupOfLine: Int32Array, count: number): string[] {
  const { frame, sales } = orders.data;
  const names = new Array<string>(count).fill('');
  if (sales.kind !== 'orders') return names;
  const nameCol = sales.table.index('productName');
  const variationCol = sales.table.index('variation');
  if (nameCol < 0) return names;
  const seen = new Uint8Array(count);
  for (let i = 0; i < frame.length; i++) {
    const g = groupOfLine[i];
    if (seen[g]) continue;
    seen[g] = 1;
    const row = sales.table.values[frame.tableRow[i]];
    const variation = variationCol >= 0 ? cleanText(row[variationCol]) : '';
    names[g] = [cleanText(row[nameCol]), variation].filter(Boolean).join(', ');
  }
  return names;
}
