import type { ReportFormat } from '../../format/reportFormat';
import { healthRateRow, prepareHealth, type PreparedHealth } from '../healthReport';
import type { HealthRow } from '../healthRow';
import { limitText } from '../rateRow';
import type { DisputeRule } from './disputeRules';
import type { EvidenceMetric } from './evidenceMetric';

export interface Excused {
  readonly row: HealthRow;
  readonly excused: number;
  readonly byRule: readonly (readonly [DisputeRule, number])[];
}

/**
 * The rate recomputed on the export with the disputable orders' lines removed, over the same window
 * and through the same rate function, so packages, limits and minimum follow the rate's own rules.
 */
export function excusedRow(
  metric: EvidenceMetric,
  row: HealthRow,
  input: PreparedHealth,
  excusedOrders: ReadonlyMap<number, DisputeRule>,
  sheet: string,
): Excused {
  if (!excusedOrders.size) return { row, excused: 0, byRule: [] };
  const byRule = new Map<DisputeRule, number>();
  for (const rule of excusedOrders.values()) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  const { orders, window, settings, format } = input;
  const removed = new Set<number>();
  orders.table.rows.forEach((r, i) => {
    if (excusedOrders.has(orders.orderOfLine[i])) removed.add(r);
  });
  const kept = orders.table.values.filter((_, r) => !removed.has(r));
  const options = { asOfDay: window.to, windowDays: window.to - window.from + 1, metrics: [metric], format };
  const after = healthRateRow(metric, prepareHealth(kept, options, settings, sheet));
  return { row: after, excused: excusedOrders.size, byRule: [...byRule] };
}

const percent = (format: ReportFormat, value: number | null): string => (value === null ? 'n/a' : format.percent(value, 1));

/** "LDR 4.6% → 3.1%: within the 4% limit if the 9 disputable orders (Ready to ship before the deadline, collected after it: 9) are excused." */
export function whatIfText(row: HealthRow, ifExcused: Excused, format: ReportFormat): string {
  const { excused, byRule } = ifExcused;
  if (!excused) return `${row.metric} ${percent(format, row.value)}: no order counted against the shop shows a ground to dispute it in the export.`;
  const after = ifExcused.row;
  const floor = row.metric === 'VTR';
  const limit = limitText(format, row.limit);
  const within = after.status === 'OK' || after.status === 'WATCH';
  const where =
    after.status === 'NOT ENOUGH DATA'
      ? 'too few orders left to judge'
      : floor
        ? `${within ? 'at or above' : 'still below'} the ${limit} target`
        : `${within ? 'within' : 'still over'} the ${limit} limit`;
  const rules = byRule.map(([rule, n]) => `${rule.title}: ${n}`).join('; ');
  return `${row.metric} ${percent(format, row.value)} → ${percent(format, after.value)}: ${where} if the ${excused} disputable order${excused === 1 ? '' : 's'} (${rules}) ${excused === 1 ? 'is' : 'are'} excused.`;
}
