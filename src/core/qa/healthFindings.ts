import type { HealthReport, HealthStatus } from '../health/healthRow';
import type { Severity } from './finding';
import type { CheckFinding } from './checkFinding';
import type { ReportFormat } from '../format/reportFormat';

/** Account health is reported to the client, not fixed before a delivery: AT RISK warns, WATCH and too few orders note. */
const SEVERITY_OF: Readonly<Record<HealthStatus, Severity | undefined>> = {
  OK: undefined,
  WATCH: 'INFO',
  'AT RISK': 'WARNING',
  'NOT ENOUGH DATA': 'INFO',
};

/** One Compliance finding per health rate that is not OK, at its row of the health read-out (`cellOf`). */
export function healthFindings(report: HealthReport, cellOf: (metric: string) => { tab: string; a1: string }, format: ReportFormat): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const row of report.rows) {
    const severity = SEVERITY_OF[row.status];
    if (!severity) continue;
    const value = row.value === null ? 'no rate' : format.limit(row.value, 1);
    findings.push({
      group: 'Compliance',
      severity,
      check: `health-${row.metric.toLowerCase().replace(/\s+/g, '-')}`,
      ...cellOf(row.metric),
      message: `${row.label}: ${row.status} (${value}; target ${row.target || 'n/a'}; ${row.numerator} of ${row.denominator})${row.note ? `. ${row.note}` : ''}`,
      fix:
        row.status === 'NOT ENOUGH DATA'
          ? 'Paste more order history, or read the rate with care.'
          : `Say so in the client update, with the plan to bring ${row.metric} back within ${row.target}.`,
    });
  }
  return findings;
}
