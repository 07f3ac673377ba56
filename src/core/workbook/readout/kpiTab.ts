import { compareMetrics, type ComparisonResult } from '../../formulas/compareFormula';
import { ttsPivot, type Cell } from '../../formulas/pivotFormula';
import { METRICS } from '../../metrics/metricCatalog';
import { findMetric } from '../../metrics/parseMetricList';
import type { PeriodKind } from '../../metrics/periods';
import { formatDay } from '../../values/calendarDay';
import { READOUT_TABS } from '../tabNames';
import type { TabContent } from '../workbookPort';
import { metricFormats } from '../../format/numberFormats';
import { readoutColumns, READOUT_FROZEN_ROWS, startReadout, writeSection, type ReadoutContext } from './readoutContext';
import type { SalesInput } from './salesInput';
import type { TabBuilder } from './tabBuilder';

export const ORDER_KPIS = ['GMV', 'Net GMV', 'Orders', 'Units', 'AOV', 'Cancel rate', 'Refund rate'];
export const TRAFFIC_KPIS = ['CTR', 'CVR'];
export const WEEKLY_KPIS = ['GMV', 'Orders', 'Units', 'AOV', 'Cancel rate', 'Refund rate'];

export const GMV_DEFINITION =
  "GMV by Paid Time, cancelled and refunded orders included (Seller Center's definition, Seller University SU-US:813364865828654); " +
  'rates are ratios of totals, not averages of daily rates.';

const PERIODS: readonly (readonly [PeriodKind, string])[] = [
  ['WoW', 'week over week'],
  ['MoM', 'month over month'],
];

export interface GmvChange {
  readonly current: number;
  /** Null when the previous week is left out: the data covers it only in part (`notes` says how much). */
  readonly previous: number | null;
  readonly change: number | null;
  readonly changePercent: number | null;
}

export interface KpiReadout {
  readonly content: TabContent;
  /** GMV this week vs last week from the Orders tab; null when it could not be computed. */
  readonly gmvWoW: GmvChange | null;
}

const numberOrNull = (cell: unknown): number | null => (typeof cell === 'number' ? cell : null);

/** A comparison row as the read-out shows it: a rate's change in percentage points (0.005 → +0.50 pp). */
export function readoutComparisonRow(row: readonly Cell[]): Cell[] {
  const [name, current, previous, change, changePercent] = row;
  const inPoints = findMetric(String(name)).format === 'percent' && typeof change === 'number';
  return [name, current, previous, inPoints ? change * 100 : change, changePercent];
}

/** The comparison rows of `compareMetrics`, each formatted as its metric (money, count, rate). */
function writeComparison(builder: TabBuilder, context: ReadoutContext, title: string, result: ComparisonResult): void {
  builder.heading([`${title}: ${result.comparison.description}`]);
  const [header, ...rows] = result.rows;
  builder.heading(header);
  for (const row of rows) {
    const formats = metricFormats(findMetric(String(row[0])), context.formats);
    builder.row(readoutComparisonRow(row), [null, formats.value, formats.value, formats.change, context.formats.signedPercent]);
  }
  for (const note of result.notes) builder.line(note);
}

/** WoW and MoM comparisons of one input, ending `asOf` (default: its own last day); returns the WoW result. */
function comparisons(
  builder: TabBuilder,
  context: ReadoutContext,
  input: SalesInput,
  label: string,
  metrics: readonly string[],
  asOf: number | undefined,
): ComparisonResult | undefined {
  const results = PERIODS.map(([period, words]) => {
    const title = `${label}${words}`;
    if (!input.ok) {
      builder.heading([title]).line(input.problem).blank();
      return undefined;
    }
    return writeSection(builder, title, input.sales.table.sheet, () => {
      const result = compareMetrics(input.values, metrics.join(','), period, formatDay(asOf ?? input.through.day), context.settings);
      writeComparison(builder, context, title, result);
      return result;
    });
  });
  return results[0];
}

function weeklyPivot(builder: TabBuilder, context: ReadoutContext, orders: SalesInput): void {
  const title = `Weekly (weeks start ${context.settings.weekStart === 1 ? 'Monday' : 'Sunday'})`;
  if (!orders.ok) {
    builder.heading([title]).line(orders.problem).blank();
    return;
  }
  writeSection(builder, title, orders.sales.table.sheet, () => {
    const table = ttsPivot(orders.values, 'week', WEEKLY_KPIS.join(','), '', '', context.settings);
    const formats = [null, ...WEEKLY_KPIS.map((name) => metricFormats(findMetric(name), context.formats).value)];
    builder.heading([title]).heading(table[0]);
    for (const row of table.slice(1)) builder.row(row, formats);
  });
}

function definitions(builder: TabBuilder): void {
  builder.heading(['Metric', 'Definition and source']);
  const shown = new Set([...ORDER_KPIS, ...TRAFFIC_KPIS]);
  for (const metric of METRICS) if (shown.has(metric.name)) builder.row([metric.name, `${metric.definition} Source: ${metric.source}`]);
  builder.line(
    'Change for rates (Cancel rate, Refund rate, CTR, CVR) is in percentage points (pp); Change % is the change relative to the previous period.',
  );
}

/** `TTS · KPIs`: WoW and MoM comparisons of the Orders tab (and traffic from the Analytics tab), then the weekly pivot. */
export function kpiTab(context: ReadoutContext, orders: SalesInput, analytics: SalesInput): KpiReadout {
  const builder = startReadout(context, READOUT_TABS.kpis, GMV_DEFINITION);
  const wow = comparisons(builder, context, orders, 'Orders, ', ORDER_KPIS, undefined);
  comparisons(builder, context, analytics, 'Traffic (Analytics tab), ', TRAFFIC_KPIS, orders.ok ? orders.through.day : undefined);
  weeklyPivot(builder, context, orders);
  definitions(builder);
  return { content: builder.build(READOUT_FROZEN_ROWS, readoutColumns(7)), gmvWoW: gmvChange(wow) };
}

/** The GMV row of a comparison (the read-out's WoW, the board's week vs last), or null without one. */
export function gmvChange(result: ComparisonResult | undefined): GmvChange | null {
  const gmvRow = result?.rows.find((row) => row[0] === 'GMV');
  return gmvRow
    ? {
        current: numberOrNull(gmvRow[1]) ?? 0,
        previous: numberOrNull(gmvRow[2]),
        change: numberOrNull(gmvRow[3]),
        changePercent: numberOrNull(gmvRow[4]),
      }
    : null;
}
