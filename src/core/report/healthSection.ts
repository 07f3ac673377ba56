import { InputError } from '../values/errors';
import { healthReport } from '../health/healthReport';
import type { HealthStatus } from '../health/healthRow';
import type { Settings } from '../settings/settings';
import { formatDay } from '../values/calendarDay';
import type { CellValue } from '../values/cellValue';
import type { HealthItem, HealthSection } from './clientUpdate';
import type { ReportFormat } from '../format/reportFormat';

const RANK: Readonly<Record<HealthStatus, number>> = { 'AT RISK': 0, WATCH: 1, 'NOT ENOUGH DATA': 2, OK: 3 };

/** The health table over the settings' window ending as-of, AT RISK first (the catalog's order within a status). */
export function healthSection(orders: CellValue[][] | string, asOf: number, settings: Settings, format: ReportFormat): HealthSection {
  const unavailable = (detail: string): HealthSection => ({
    window: '',
    items: [],
    note: 'Account health could not be computed from the order data.',
    details: [detail],
  });
  if (typeof orders === 'string') return unavailable(orders);
  try {
    const report = healthReport(orders, { asOfDay: asOf, format }, settings, 'Orders');
    const items = report.rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => RANK[a.row.status] - RANK[b.row.status] || a.index - b.index)
      .map(({ row }): HealthItem => ({
        metric: row.metric,
        status: row.status,
        valueText: row.value === null ? '' : format.value('percent', row.value),
        target: row.target,
        note: row.clientNote,
      }));
    const details = report.rows.filter((row) => row.note !== row.clientNote).map((row) => `Account health, ${row.metric}: ${row.note}`);
    const days = report.window.to - report.window.from + 1;
    return { window: `${formatDay(report.window.from)} – ${formatDay(report.window.to)} (${days} days)`, items, details };
  } catch (error) {
    if (error instanceof InputError) return unavailable(error.message);
    throw error;
  }
}
