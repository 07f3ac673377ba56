import type { Settings } from '../../settings/settings';
import type { ReportFormat } from '../../format/reportFormat';
import type { HealthRow } from '../healthRow';
import { limitText, rateRow } from '../rateRow';
import type { DisputeRule } from './disputeRules';
import type { EvidenceMetric } from './evidenceMetric';

export interface Excused {
  readonly row: HealthRow;
  readonly excused: number;
  readonly byRule: readonly (readonly [DisputeRule, number])[];
}

/**
 * The rate with the disputable orders left out of the count entirely (as if the export did not hold
 * them), through the same rateRow as the rate itself, so its status uses the same limits and minimum.
 */
export function excusedRow(
  metric: EvidenceMetric,
  row: HealthRow,
  orders: readonly { readonly rule: DisputeRule | undefined }[],
  settings: Pick<Settings, 'health' | 'decimalMark'>,
  format: ReportFormat,
): Excused {
  const byRule = new Map<DisputeRule, number>();
  for (const { rule } of orders) if (rule) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  const excused = [...byRule.values()].reduce((a, b) => a + b, 0);
  const floor = metric === 'VTR';
  const after = rateRow(
    {
      metric,
      label: row.label,
      // VTR's numerator is the valid shipments, which excusing invalid ones leaves as they are.
      numerator: floor ? row.numerator : row.numerator - excused,
      denominator: row.denominator - excused,
      limit: row.limit,
      floor,
      counts: '',
      bad: ['order', 'orders'],
    },
    settings,
    format,
  );
  return { row: after, excused, byRule: [...byRule] };
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
