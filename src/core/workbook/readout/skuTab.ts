import { roundToCents } from '../../values/roundToCents';
import { ttsPivot, type Cell } from '../../formulas/pivotFormula';
import { ALL_DAYS } from '../../metrics/dayRange';
import { loadFrame } from '../../metrics/evaluate';
import { dataSpan, partialPeriodNote } from '../../metrics/periodCoverage';
import { comparisonWindows } from '../../metrics/periods';
import { formatDay } from '../../values/calendarDay';
import { READOUT_TABS } from '../tabNames';
import type { TabContent } from '../workbookPort';
import { GMV_DEFINITION } from './kpiTab';
import { readoutColumns, READOUT_FROZEN_ROWS, startReadout, writeSection, type ReadoutContext } from './readoutContext';
import type { SalesInput } from './salesInput';

export const SKU_GROUP = 'Seller SKU';
export const SKU_METRICS = 'GMV,Orders,Units';
export const SKU_HEADER = ['Seller SKU', 'GMV this week', 'GMV last week', 'Change', 'Contribution to change', 'Share of GMV', 'Orders', 'Units'];

const num = (cell: Cell | undefined): number => (typeof cell === 'number' ? cell : 0);
const ratio = (part: number, whole: number): Cell => (whole === 0 ? '' : part / whole);

/**
 * `TTS · SKUs`: GMV by Seller SKU this week and last week, each SKU's contribution to the change
 * (its GMV change ÷ the shop's GMV change) and its share of this week's GMV; biggest sellers first.
 */
export function skuTab(context: ReadoutContext, orders: SalesInput): TabContent {
  const definition = `${GMV_DEFINITION} Contribution to change = the SKU's GMV change ÷ the shop's GMV change, week over week; share = the SKU's GMV ÷ the shop's GMV this week.`;
  const builder = startReadout(context, READOUT_TABS.skus, definition);
  const title = 'By Seller SKU, week over week';
  if (!orders.ok) builder.heading([title]).line(orders.problem);
  else {
    writeSection(builder, title, orders.sales.table.sheet, () => {
      const { current, previous, description } = comparisonWindows('WoW', orders.through.day);
      const pivot = (from: number, to: number): { rows: Map<Cell, Cell[]>; total: Cell[] } => {
        const table = ttsPivot(orders.values, SKU_GROUP, SKU_METRICS, formatDay(from), formatDay(to), context.settings);
        return { rows: new Map(table.slice(1, -1).map((row) => [row[0], row])), total: table[table.length - 1] };
      };
      const now = pivot(current.from, current.to);
      const before = pivot(previous.from, previous.to);
      // The partial-period rule: a previous week the data covers in part is left out, and a line says why.
      const span = dataSpan(loadFrame(orders.sales, new Set(['gmv']), ALL_DAYS, true, context.settings), 'orders');
      const leftOut = partialPeriodNote(span, previous, 'Previous week');
      const totalChange = roundToCents(num(now.total[1]) - num(before.total[1]));
      const line = (sku: Cell, row: Cell[] | undefined, previousRow: Cell[] | undefined): Cell[] => {
        const gmv = num(row?.[1]);
        const change = roundToCents(gmv - num(previousRow?.[1]));
        const share = ratio(gmv, num(now.total[1]));
        if (leftOut) return [sku, gmv, '', '', '', share, num(row?.[2]), num(row?.[3])];
        return [sku, gmv, num(previousRow?.[1]), change, ratio(change, totalChange), share, num(row?.[2]), num(row?.[3])];
      };
      const skus = new Set([...now.rows.keys(), ...before.rows.keys()]);
      const rows = [...skus].map((sku) => line(sku, now.rows.get(sku), before.rows.get(sku)));
      rows.sort((a, b) => num(b[1]) - num(a[1]) || num(b[2]) - num(a[2]));
      const f = context.formats;
      const formats = [null, f.money, f.money, f.signedMoney, f.signedPercent, f.percent, f.count, f.count];
      builder.heading([`${title}: ${description}`]).heading(SKU_HEADER);
      for (const row of rows) builder.row(row, formats);
      builder.heading(line('Total', now.total, before.total), formats);
      if (leftOut) builder.line(leftOut);
    });
  }
  return builder.build(READOUT_FROZEN_ROWS, readoutColumns(SKU_HEADER.length));
}
