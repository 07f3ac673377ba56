import type { ReportFormat } from '../format/reportFormat';
import { healthReport, type HealthMetric } from '../health/healthReport';
import type { Settings } from '../settings/settings';
import type { Cell } from './pivotFormula';

export const HEALTH_HEADER: Cell[] = ['Metric', 'Value', 'Target', 'Status', 'Numerator', 'Denominator', 'Note'];

type HealthFormula = (orders: unknown, asOf: unknown, windowDays: unknown, settings: Settings) => number | '';

/** One health rate as a number ('' when its denominator is 0); reads only the columns that rate needs. */
const rate =
  (metric: HealthMetric): HealthFormula =>
  (orders, asOf, windowDays, settings) =>
    healthReport(orders, { asOf, windowDays, metrics: [metric] }, settings).rows[0].value ?? '';

export const ttsLdr = rate('LDR');
export const ttsVtr = rate('VTR');
export const ttsSfcr = rate('SFCR');

/** TTS_HEALTH: `Metric, Value, Target, Status, Numerator, Denominator, Note` for LDR, VTR, SFCR, Cancel rate, Refund rate; targets and notes in `format`. */
export function ttsHealth(orders: unknown, asOf: unknown, windowDays: unknown, settings: Settings, format?: ReportFormat): Cell[][] {
  const { rows } = healthReport(orders, { asOf, windowDays, format }, settings);
  return [HEALTH_HEADER, ...rows.map((r): Cell[] => [r.metric, r.value ?? '', r.target, r.status, r.numerator, r.denominator, r.note])];
}
