import type { DayRange } from '../metrics/dayRange';

export type HealthMetric = 'LDR' | 'VTR' | 'SFCR' | 'Cancel rate' | 'Refund rate';
export type HealthStatus = 'OK' | 'WATCH' | 'AT RISK' | 'NOT ENOUGH DATA';

export const HEALTH_METRICS: readonly HealthMetric[] = ['LDR', 'VTR', 'SFCR', 'Cancel rate', 'Refund rate'];
export const HEALTH_STATUS: readonly HealthStatus[] = ['OK', 'WATCH', 'AT RISK', 'NOT ENOUGH DATA'];

export interface HealthRow {
  metric: HealthMetric;
  label: string;
  /** numerator ÷ denominator; null when the denominator is 0. */
  value: number | null;
  /** '≤ 4%', '≥ 95%' */
  target: string;
  limit: number;
  status: HealthStatus;
  numerator: number;
  denominator: number;
  /** Counts, warning and the details the account team needs (rows, formats, calendar sources): the read-out's Note. */
  note: string;
  /** The counts and the warning only: what a client update may show. */
  clientNote: string;
  /** The early warning alone ("3 more late shipments this window would breach 4%."); '' when the rate was not computed. */
  warning: string;
}

export interface HealthReport {
  /** The window's last day (days since 1970-01-01). */
  asOf: number;
  window: DayRange;
  rows: HealthRow[];
}
