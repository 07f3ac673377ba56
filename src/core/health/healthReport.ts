import { InputError } from '../values/errors';
import { dayArgument } from '../metrics/dayArgument';
import { readSalesTable } from '../metrics/readSalesTable';
import type { Settings } from '../settings/settings';
import type { OrderColumnKey } from '../table/columns';
import { reportFormat, type ReportFormat } from '../format/reportFormat';
import { CANCEL_RATE, REFUND_RATE } from './catalogRate';
import { checkHealthSettings } from '../settings/checkHealthSettings';
import type { HealthInput, HealthRate } from './healthInput';
import { HealthOrders } from './healthOrders';
import { HEALTH_METRICS, type HealthMetric, type HealthReport, type HealthRow } from './healthRow';
import { ACTIVITY_COLUMNS, healthWindow, lastActivityDay, windowDaysArgument } from './healthWindow';
import { LATE_DISPATCH_RATE } from './lateDispatchRate';
import { SELLER_FAULT_CANCEL_RATE } from './sellerFaultCancelRate';
import { VALID_TRACKING_RATE } from './validTrackingRate';

export { HEALTH_METRICS, HEALTH_STATUS } from './healthRow';
export type { HealthMetric, HealthReport, HealthRow, HealthStatus } from './healthRow';

const RATES: Record<HealthMetric, HealthRate> = {
  LDR: LATE_DISPATCH_RATE,
  VTR: VALID_TRACKING_RATE,
  SFCR: SELLER_FAULT_CANCEL_RATE,
  'Cancel rate': CANCEL_RATE,
  'Refund rate': REFUND_RATE,
};

export interface HealthOptions {
  /** Last day of the window (a date, serial or YYYY-MM-DD); blank → the last Paid/Shipped day in the data. */
  asOf?: unknown;
  /** The same day as a day number, from a caller that has one: used as it is, not written out and parsed again. */
  asOfDay?: number;
  /** Blank → settings.health.windowDays. */
  windowDays?: unknown;
  /** Rows to compute, in order; default all five. */
  metrics?: readonly HealthMetric[];
  /** How the notes write limits; without it, the Settings decimal mark's way (a formula in a cell knows no market). */
  format?: ReportFormat;
}

/** What every rate row reads, with the window's last day. */
export interface PreparedHealth extends HealthInput {
  readonly asOf: number;
}

/**
 * The export's orders read once for the rates asked for (and any `extraColumns` a caller also needs),
 * the window and the format: the one way TTS_HEALTH, the read-out and the evidence pack set up a health computation.
 */
export function prepareHealth(
  orders: unknown,
  options: HealthOptions,
  settings: Settings,
  sheet = '',
  extraColumns: readonly OrderColumnKey[] = [],
): PreparedHealth {
  checkHealthSettings(settings.health);
  const sales = readSalesTable(orders, sheet, 'orders');
  if (sales.kind !== 'orders') {
    throw new InputError(
      `${sheet ? sheet + ': ' : ''}account health needs a Seller Center order export (a header row with 'Order ID'); the range given is a product analytics table.`,
    );
  }
  const windowDays = windowDaysArgument(options.windowDays, settings.health.windowDays);
  const givenAsOf = options.asOfDay ?? dayArgument(options.asOf, "'asOf'", settings);
  const metrics = options.metrics ?? HEALTH_METRICS;
  const columns = new Set([...metrics.flatMap((metric) => RATES[metric].columns), ...extraColumns]);
  if (givenAsOf === undefined) for (const key of ACTIVITY_COLUMNS) columns.add(key);
  const paidDayPerLine = metrics.some((metric) => RATES[metric].paidDayPerLine);
  const healthOrders = new HealthOrders(sales.table, settings, columns, paidDayPerLine);
  const asOf = givenAsOf ?? lastActivityDay(healthOrders);
  const window = healthWindow(asOf, windowDays);
  const format = options.format ?? reportFormat('', '', settings.decimalMark);
  return { orders: healthOrders, window, settings, format, asOf };
}

/** One rate's row over prepared orders. */
export function healthRateRow(metric: HealthMetric, input: HealthInput): HealthRow {
  return RATES[metric].row(input);
}

/** Account health of an order export over `windowDays` days ending `asOf`: LDR, VTR, SFCR, Cancel rate, Refund rate. */
export function healthReport(orders: unknown, options: HealthOptions, settings: Settings, sheet = ''): HealthReport {
  const input = prepareHealth(orders, options, settings, sheet);
  const { asOf, window } = input;
  if (options.metrics) return { asOf, window, rows: options.metrics.map((metric) => RATES[metric].row(input)) };
  return { asOf, window, rows: HEALTH_METRICS.map((metric) => rowOrMissingColumns(metric, input)) };
}

/** In the full table a rate whose columns the export lacks says so on its row; the other rates still show. */
function rowOrMissingColumns(metric: HealthMetric, input: HealthInput): HealthRow {
  try {
    return RATES[metric].row(input);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      metric,
      label: metric,
      value: null,
      target: '',
      limit: NaN,
      status: 'NOT ENOUGH DATA',
      numerator: 0,
      denominator: 0,
      note: error.message,
      clientNote: 'Not computed: the order data lacks the columns it needs.',
      warning: '',
    };
  }
}
