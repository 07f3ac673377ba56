import { InputError } from '../errors';
import { dayArgument } from '../formulas/dayArgument';
import { readSalesTable } from '../metrics/readSalesTable';
import type { Settings } from '../settings';
import { catalogRate } from './catalogRate';
import { checkHealthSettings } from './checkHealthSettings';
import type { HealthInput } from './healthInput';
import { HealthOrders } from './healthOrders';
import { HEALTH_METRICS, type HealthMetric, type HealthReport, type HealthRow } from './healthRow';
import { healthWindow, lastActivityDay, windowDaysArgument } from './healthWindow';
import { lateDispatchRate } from './lateDispatchRate';
import { sellerFaultCancelRate } from './sellerFaultCancelRate';
import { validTrackingRate } from './validTrackingRate';

export { HEALTH_METRICS, HEALTH_STATUS } from './healthRow';
export type { HealthMetric, HealthReport, HealthRow, HealthStatus } from './healthRow';

const ROW_OF: Record<HealthMetric, (input: HealthInput) => HealthRow> = {
  LDR: lateDispatchRate,
  VTR: validTrackingRate,
  SFCR: sellerFaultCancelRate,
  'Cancel rate': (input) => catalogRate('Cancel rate', input),
  'Refund rate': (input) => catalogRate('Refund rate', input),
};

export interface HealthOptions {
  /** Last day of the window (a date, serial or YYYY-MM-DD); blank → the last Paid/Shipped day in the data. */
  asOf?: unknown;
  /** Blank → settings.health.windowDays. */
  windowDays?: unknown;
  /** Rows to compute, in order; default all five. */
  metrics?: readonly HealthMetric[];
}

/** Account health of an order export over `windowDays` days ending `asOf`: LDR, VTR, SFCR, Cancel rate, Refund rate. */
export function healthReport(orders: unknown, options: HealthOptions, settings: Settings, sheet = ''): HealthReport {
  checkHealthSettings(settings.health);
  const sales = readSalesTable(orders, sheet, 'orders');
  if (sales.kind !== 'orders') {
    throw new InputError(
      `${sheet ? sheet + ': ' : ''}account health needs a Seller Center order export (a header row with 'Order ID'); the range given is a product analytics table.`,
    );
  }
  const healthOrders = new HealthOrders(sales.table, settings);
  const windowDays = windowDaysArgument(options.windowDays, settings.health.windowDays);
  const asOf = dayArgument(options.asOf, 'asOf', settings) ?? lastActivityDay(healthOrders);
  const window = healthWindow(asOf, windowDays);
  const input: HealthInput = { orders: healthOrders, window, settings };
  if (options.metrics) return { asOf, window, rows: options.metrics.map((metric) => ROW_OF[metric](input)) };
  return { asOf, window, rows: HEALTH_METRICS.map((metric) => rowOrMissingColumns(metric, input)) };
}

/** In the full table a rate whose columns the export lacks says so on its row; the other rates still show. */
function rowOrMissingColumns(metric: HealthMetric, input: HealthInput): HealthRow {
  try {
    return ROW_OF[metric](input);
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
    };
  }
}
