import { InputError } from '../values/errors';
import type { Settings } from '../settings/settings';
import { dayRangeArguments } from '../metrics/dayArgument';
import { parseGroupBy, type GroupBy } from '../metrics/grouping';
import { ORDER_MEASURES, type LineColumn, type Measure, type OrderFlag, type OrderMeasure } from '../metrics/measures';
import { METRICS, type MetricDef } from '../metrics/metricCatalog';
import { CANCELLED_WORDS, RETURN_WORDS } from '../metrics/orderFlags';
import { parseMetricList } from '../metrics/parseMetricList';
import { formatDay } from '../values/calendarDay';
import { ORDER_TABLE_COLUMNS, typedColumnNamed } from './orderTableSchema';
import { BIGQUERY, type SqlDialect } from './sqlDialect';
import { checkedName, checkedTimeZone, columnNameOf, tableIdParts } from './sqlNames';

export interface MetricsQueryRequest {
  /** `"GMV, Orders, AOV"` or a list of names from the metric catalog. */
  readonly metrics: unknown;
  /** `day`, `week`, `month` or a descriptive column ('Seller SKU'). */
  readonly rows: unknown;
  /** `project.dataset.table` of the typed orders table. */
  readonly table: string;
  readonly start?: unknown;
  readonly end?: unknown;
  readonly settings: Settings;
}

export interface MetricsQuery {
  readonly sql: string;
  /** Result columns in order: the SQL name and the title the engine's pivot gives it. */
  readonly columns: readonly { readonly name: string; readonly title: string }[];
  readonly metrics: readonly MetricDef[];
}

const ORDER_METRICS = METRICS.filter((m) => m.tables.includes('orders'));

function orderTableMetrics(metrics: unknown): MetricDef[] {
  const defs = parseMetricList(metrics);
  for (const metric of defs) {
    if (!metric.tables.includes('orders'))
      throw new InputError(
        `${metric.name} needs a product analytics table; the SQL reads the orders table. Use: ${ORDER_METRICS.map((m) => m.name).join(', ')}.`,
      );
  }
  return defs;
}

/** The GROUP BY label and the title of its result column. */
function groupLabel(groupBy: GroupBy, settings: Settings, dialect: SqlDialect): { expression: string; name: string; title: string } {
  if ('grain' in groupBy) {
    const day = 'paid_day';
    const expression =
      groupBy.grain === 'day'
        ? `CAST(${day} AS STRING)`
        : groupBy.grain === 'week'
          ? `CAST(${dialect.weekStart(day, settings.weekStart)} AS STRING)`
          : `SUBSTR(CAST(${day} AS STRING), 1, 7)`;
    return { expression, name: groupBy.grain, title: groupBy.grain === 'day' ? 'Day' : groupBy.grain === 'week' ? 'Week' : 'Month' };
  }
  const column = typedColumnNamed(groupBy.header);
  if (!column?.groupable) {
    const allowed = ORDER_TABLE_COLUMNS.filter((c) => c.groupable).map((c) => c.source.headers[0]);
    throw new InputError(`Rows '${groupBy.header}' is not a column the SQL can group by. Use day, week, month, ${allowed.join(', ')}.`);
  }
  return { expression: `COALESCE(group_value, '(blank)')`, name: column.name, title: column.source.headers[0] };
}

const anyWord = (column: string, words: readonly string[]): string => words.map((w) => `LOWER(${column}) LIKE '%${w}%'`).join(' OR ');

/** The SQL column of a line column: `netGmv` → `net_gmv`. */
const sqlColumn = (column: LineColumn): string => column.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Which of an order's lines count for a flag; in a group an order counts as refunded where its lines there show the return, when its lines say which. */
const FLAG_CONDITIONS: Readonly<Record<OrderFlag, string>> = {
  cancelled: 'cancelled = 1',
  refunded: 'line_returned = 1 OR (return_on_lines = 0 AND refunded = 1)',
};

/** A measure's aggregate, from its one declaration (ORDER_MEASURES). */
function aggregateOf(measure: Measure): string {
  const def = ORDER_MEASURES[measure as OrderMeasure];
  if (def.agg === 'sum') return `COALESCE(SUM(${sqlColumn(def.column)}), 0)`;
  return def.flag ? `COUNT(DISTINCT CASE WHEN ${FLAG_CONDITIONS[def.flag]} THEN order_id END)` : 'COUNT(DISTINCT order_id)';
}

function metricExpression(metric: MetricDef): string {
  const numerator = aggregateOf(metric.numerator);
  if (metric.denominator) return `${numerator} / NULLIF(${aggregateOf(metric.denominator)}, 0)`;
  return metric.format === 'money' ? `ROUND(${numerator}, 2)` : numerator;
}

/**
 * One query with the engine's rules: paid lines only (a Paid Time), days in the shop's time zone,
 * distinct orders, order-level amounts once per order, ratios of sums after aggregation, a Total row.
 */
export function compileMetricsQuery(request: MetricsQueryRequest, dialect: SqlDialect = BIGQUERY): MetricsQuery {
  const { settings } = request;
  const metrics = orderTableMetrics(request.metrics);
  const groupBy = parseGroupBy(request.rows);
  const label = groupLabel(groupBy, settings, dialect);
  const range = dayRangeArguments(request.start, request.end, settings);
  const table = dialect.quote(...tableIdParts(request.table));
  const timeZone = checkedTimeZone(settings.timeZone);
  const measures = new Set(metrics.flatMap((m) => [m.numerator, ...(m.denominator ? [m.denominator] : [])]));
  const needs = (...wanted: Measure[]): boolean => wanted.some((m) => measures.has(m));
  const col = (name: string): string => dialect.quote(checkedName(name));
  const flags = needs('netGmv', 'cancelledOrders', 'refundedOrders');

  const lineColumns = [
    `${col('order_id')} AS order_id`,
    `${dialect.dayInZone(col('paid_time'), timeZone)} AS paid_day`,
    ...(needs('gmv', 'netGmv') ? [`COALESCE(${col('sku_subtotal_after_discount')}, 0) AS gmv`] : []),
    ...(needs('units') ? [`COALESCE(${col('quantity')}, 0) AS units`] : []),
    ...('header' in groupBy ? [`${col(label.name)} AS group_value`] : []),
    ...(needs('netGmv') ? [`${col('sku_id')} AS sku_id`] : []),
    ...(flags
      ? [
          `CASE WHEN ${anyWord(col('order_status'), CANCELLED_WORDS)} THEN 1 ELSE 0 END AS line_cancelled`,
          `CASE WHEN ${anyWord(col('cancelation_return_type'), RETURN_WORDS)} OR COALESCE(${col('sku_quantity_of_return')}, 0) > 0 THEN 1 ELSE 0 END AS line_returned`,
          `COALESCE(${col('order_refund_amount')}, 0) AS refund_amount`,
        ]
      : []),
  ];
  const dayFilters = [
    ...(range.from > -Infinity ? [`paid_day >= DATE '${formatDay(range.from)}'`] : []),
    ...(range.to < Infinity ? [`paid_day <= DATE '${formatDay(range.to)}'`] : []),
  ];
  const ctes = [
    `dated_lines AS (\n  SELECT\n    ${lineColumns.join(',\n    ')}\n  FROM ${table}\n  WHERE ${col('paid_time')} IS NOT NULL\n)`,
    `paid_lines AS (\n  SELECT * FROM dated_lines${dayFilters.length ? `\n  WHERE ${dayFilters.join(' AND ')}` : ''}\n)`,
  ];
  if (flags) ctes.push(ORDERS_CTE(needs('gmv', 'netGmv')), LINES_CTE(needs('netGmv')));
  const source = flags ? 'lines' : 'paid_lines';
  const columns = [{ name: label.name, title: label.title }, ...metrics.map((m) => ({ name: columnNameOf(m.name), title: m.name }))];
  const select = [
    `COALESCE(group_label, 'Total') AS ${dialect.quote(label.name)}`,
    ...metrics.map((m) => `${metricExpression(m)} AS ${dialect.quote(columnNameOf(m.name))}`),
  ];
  const header = [
    `-- TTS Ops: ${metrics.map((m) => m.name).join(', ')} by ${label.title.toLowerCase()} (docs/METRICS.md).`,
    `-- Paid lines only; days in ${timeZone}${'grain' in groupBy && groupBy.grain === 'week' ? `; weeks start on ${settings.weekStart === 1 ? 'Monday' : 'Sunday'}` : ''}; ratios of sums; last row: Total.`,
    ...metrics.map((m) => `-- ${m.name}: ${m.definition}`),
  ];
  const sql = [
    ...header,
    `WITH ${ctes.join(',\n')}`,
    `SELECT\n  ${select.join(',\n  ')}`,
    `FROM (SELECT *, ${label.expression} AS group_label FROM ${source}) AS grouped`,
    'GROUP BY ROLLUP(group_label)',
    'ORDER BY group_label IS NULL, group_label',
  ].join('\n');
  return { sql, columns, metrics };
}

/** The last Paid Time in the table, as the shop's wall clock: the read-out's freshness line. */
export function lastPaidTimeQuery(tableId: string, settings: Settings, dialect: SqlDialect = BIGQUERY): string {
  const paidTime = dialect.quote('paid_time');
  return `SELECT ${dialect.wallClockText(`MAX(${paidTime})`, checkedTimeZone(settings.timeZone))} AS last_paid_time FROM ${dialect.quote(...tableIdParts(tableId))}`;
}

/** Per order, from its paid lines: cancelled, a return shown on some line, the refund (taken once), its GMV. */
const ORDERS_CTE = (withGmv: boolean): string =>
  `orders AS (
  SELECT
  order_id,
  MAX(line_cancelled) AS cancelled,
  MAX(line_returned) AS return_on_lines,
  GREATEST(MAX(refund_amount), 0) AS refund_amount${
    withGmv
      ? `,
  SUM(gmv) AS order_gmv,
  SUM(CASE WHEN line_returned = 1 THEN gmv ELSE 0 END) AS returned_gmv`
      : ''
  }
  FROM paid_lines
  GROUP BY order_id
)`;

/**
 * Each line with its order's flags; Net GMV spreads the order's refund by subtotal over the lines
 * that show the return (all lines when none does), as src/core/metrics/orderFrame.ts does.
 */
const LINES_CTE = (withNet: boolean): string =>
  `lines AS (
  SELECT
  l.*,
  o.cancelled,
  o.return_on_lines,
  CASE WHEN o.return_on_lines = 1 OR (o.refund_amount > 0 AND o.cancelled = 0) THEN 1 ELSE 0 END AS refunded${
    withNet
      ? `,
  CASE
  WHEN o.cancelled = 1 THEN 0
  WHEN o.return_on_lines = 1 AND l.line_returned = 0 THEN l.gmv
  WHEN (CASE WHEN o.return_on_lines = 1 THEN o.returned_gmv ELSE o.order_gmv END) > 0
  THEN l.gmv - o.refund_amount * l.gmv / (CASE WHEN o.return_on_lines = 1 THEN o.returned_gmv ELSE o.order_gmv END)
  WHEN ROW_NUMBER() OVER (PARTITION BY l.order_id, l.line_returned ORDER BY l.sku_id) = 1 THEN l.gmv - o.refund_amount
  ELSE l.gmv
  END AS net_gmv`
      : ''
  }
  FROM paid_lines AS l
  JOIN orders AS o ON l.order_id = o.order_id
)`;
