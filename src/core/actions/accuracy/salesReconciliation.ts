import { InputError } from '../../values/errors';
import { aggregate } from '../../metrics/aggregate';
import { ALL_DAYS } from '../../metrics/dayRange';
import { loadFrame, measuresFor, metricValue } from '../../metrics/evaluate';
import { groupFrame, isDateGrouping, parseGroupBy } from '../../metrics/grouping';
import { parseMetricList } from '../../metrics/parseMetricList';
import { readSalesTable, type SalesTable } from '../../metrics/readSalesTable';
import type { Settings } from '../../settings/settings';
import { dayCellReader } from '../../table/readDayColumn';
import type { Table } from '../../table/readTable';
import { formatDay } from '../../values/calendarDay';
import { columnLetter } from '../../values/columnLetter';
import type { CellValue } from '../../workbook/workbookPort';
import type { CheckFinding } from '../../qa/checkFinding';
import type { ReportFormat } from '../../format/reportFormat';

export interface ReconciledTable {
  readonly tab: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly sales: SalesTable;
}

type DayTotals = Map<string, { gmv: number; orders: number }>;

/** GMV and orders per day, by the engine TTS_PIVOT runs (a day without a value counts 0). */
function dayTotals(values: readonly (readonly CellValue[])[], settings: Settings): DayTotals {
  const sales = readSalesTable(values);
  const [gmv, orders] = parseMetricList('GMV,Orders');
  const measures = measuresFor([gmv, orders], sales);
  const byDay = parseGroupBy('day');
  const frame = loadFrame(sales, measures, ALL_DAYS, isDateGrouping(byDay), settings);
  const groups = groupFrame(frame, sales.table, byDay, settings);
  const accumulated = aggregate(frame, groups, measures);
  const totals: DayTotals = new Map();
  for (const g of groups.order)
    totals.set(groups.labels[g], { gmv: metricValue(gmv, accumulated, g) || 0, orders: metricValue(orders, accumulated, g) || 0 });
  return totals;
}

/** The first row (0-based) of each day in an analytics table, to name the cell a finding is about. */
function firstRowOfDay(table: Table, dateColumn: number, settings: Settings): Map<string, number> {
  const rows = new Map<string, number>();
  const read = dayCellReader(table, dateColumn, settings);
  for (const r of table.rows) {
    const day = read(r);
    if (day !== undefined && !rows.has(formatDay(day))) rows.set(formatDay(day), r);
  }
  return rows;
}

/**
 * GMV and orders per day in the order export vs the analytics export, over the days both cover.
 * GMV differing by more than the tolerance (a share of the Orders GMV) is an ERROR. Analytics orders
 * are per product (an order with two products counts in both rows), so only fewer orders than the
 * export's, beyond the same tolerance, is a finding (a WARNING: analytics rows are missing).
 */
export function salesReconciliation(
  orders: ReconciledTable,
  analytics: ReconciledTable,
  settings: Settings,
  { money, limit }: ReportFormat,
): CheckFinding[] {
  if (analytics.sales.kind !== 'analytics') return [];
  const table = analytics.sales.table;
  const dateColumn = table.index('date');
  if (dateColumn < 0) return [];
  let byOrders: DayTotals;
  let byAnalytics: DayTotals;
  try {
    byOrders = dayTotals(orders.values, settings);
    byAnalytics = dayTotals(analytics.values, settings);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [
      {
        group: 'Accuracy',
        severity: 'INFO',
        check: 'gmv-not-compared',
        tab: analytics.tab,
        a1: 'A1',
        message: `Orders and Analytics GMV were not compared: ${error.message}`,
        fix: 'Paste both exports with their GMV (SKU Subtotal After Discount in Orders, GMV in Analytics) and dates.',
      },
    ];
  }
  const tolerance = settings.checklist.gmvTolerance;
  const days = [...byOrders.keys()].filter((day) => byAnalytics.has(day)).sort();
  const rowOf = firstRowOfDay(table, dateColumn, settings);
  const findings: CheckFinding[] = [];
  const cell = (day: string, key: 'gmv' | 'orders'): string => `${columnLetter(Math.max(0, table.index(key)))}${(rowOf.get(day) ?? 0) + 1}`;
  for (const day of days) {
    const exported = byOrders.get(day)!;
    const reported = byAnalytics.get(day)!;
    const gmvGap = Math.abs(reported.gmv - exported.gmv);
    if (gmvGap > tolerance * Math.abs(exported.gmv) && gmvGap >= 0.01) {
      findings.push({
        group: 'Accuracy',
        severity: 'ERROR',
        check: 'gmv-mismatch',
        tab: analytics.tab,
        a1: cell(day, 'gmv'),
        message: `GMV on ${day}: ${money(reported.gmv)} in ${analytics.tab}, ${money(exported.gmv)} in ${orders.tab} (${exported.gmv ? limit(gmvGap / Math.abs(exported.gmv), 1) : 'all'} apart; tolerance ${limit(tolerance, 1)}).`,
        fix: `Re-export both for the same days and time zone, or paste the missing part of ${analytics.tab} or ${orders.tab}.`,
      });
    }
    if (table.index('orders') >= 0 && reported.orders < exported.orders * (1 - tolerance)) {
      findings.push({
        group: 'Accuracy',
        severity: 'WARNING',
        check: 'orders-mismatch',
        tab: analytics.tab,
        a1: cell(day, 'orders'),
        message: `Orders on ${day}: ${reported.orders} in ${analytics.tab} (summed over products), fewer than the ${exported.orders} orders in ${orders.tab}.`,
        fix: `Paste every product's rows for ${day} into ${analytics.tab}.`,
      });
    }
  }
  return findings;
}
