import type { DayRange } from '../metrics/dayRange';
import type { Settings } from '../settings/settings';
import type { ReportFormat } from '../format/reportFormat';
import type { OrderColumnKey } from '../table/columns';
import type { HealthOrders } from './healthOrders';
import type { HealthRow } from './healthRow';

/** What every health metric reads: the export's orders, the window, and the settings. */
export interface HealthInput {
  readonly orders: HealthOrders;
  readonly window: DayRange;
  readonly settings: Settings;
  /** How the notes write a limit: the shop's way. */
  readonly format: ReportFormat;
}

/** A health rate: its row, and what it reads, gathered for it in the one pass over the lines. */
export interface HealthRate {
  readonly row: (input: HealthInput) => HealthRow;
  /** Order-level columns, each order's value once. */
  readonly columns: readonly OrderColumnKey[];
  /** Every line's Paid Time day (the metric catalog's frame reads lines). */
  readonly paidDayPerLine?: boolean;
}

/** Per order, 1 when 'Fulfillment Type' names TikTok: the platform ships these, so LDR, VTR and SFCR leave them out (SU-US:7774796411864833). */
export function fulfilledByTikTok(orders: HealthOrders): Uint8Array {
  return orders.flags('fulfillmentType');
}
