import type { HealthReport, HealthRow } from '../../../src/core/health/healthRow';
import { healthFindings } from '../../../src/core/qa/healthFindings';
import { reportFormat } from '../../../src/core/format/reportFormat';

const row = (status: HealthRow['status'], value: number | null): HealthRow => ({
  metric: 'LDR',
  label: 'Late dispatch rate',
  value,
  target: '≤ 4%',
  limit: 0.04,
  status,
  numerator: 93,
  denominator: 1411,
  note: '93 of 1411 orders shipped after the SLA.',
  clientNote: '93 of 1411 orders shipped after the SLA.',
  warning: '',
});

const report = (...rows: HealthRow[]): HealthReport => ({ asOf: 20_779, window: { from: 20_750, to: 20_779 }, rows });
const cell = () => ({ tab: 'TTS · Health', a1: 'A7' });

describe('healthFindings', () => {
  it('reports an AT RISK rate as a WARNING at its read-out row, with the rate, target, counts and note', () => {
    expect(healthFindings(report(row('AT RISK', 93 / 1411)), cell, reportFormat('', '', '.'))).toEqual([
      {
        group: 'Compliance',
        severity: 'WARNING',
        check: 'health-ldr',
        tab: 'TTS · Health',
        a1: 'A7',
        message: 'Late dispatch rate: AT RISK (6.6%; target ≤ 4%; 93 of 1411). 93 of 1411 orders shipped after the SLA.',
        fix: 'Say so in the client update, with the plan to bring LDR back within ≤ 4%.',
      },
    ]);
  });

  it('writes the rate with the shop’s decimal mark, and leaves OK rates out', () => {
    const [finding, ...rest] = healthFindings(report(row('WATCH', 0.035), row('OK', 0.01)), cell, reportFormat('', '', ','));
    expect(finding.severity).toBe('INFO');
    expect(finding.message).toMatch(/^Late dispatch rate: WATCH \(3,5%; /);
    expect(rest).toEqual([]);
  });
});
