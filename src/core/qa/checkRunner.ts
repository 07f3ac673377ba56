import { describeColumn } from '../table/findHeaderRow';
import type { CommonRuleId } from './commonRules';
import type { FindingList } from './findingList';
import type { ReportFormat } from '../format/reportFormat';
import type { QaCells } from './qaCells';
import type { QaSettings } from '../settings/qaSettings';
import type { MessageValues } from './rule';

/** Reports a finding on a row (header = 1), naming the column of `key` when given. */
export type Report<Id extends string, K extends string> = (id: Id, row: number, key: K | undefined, values?: MessageValues) => void;

export interface CheckRun<L> {
  readonly line: (line: L) => void;
  /** Checks across rows (overlaps) report here, once every line has been seen. */
  readonly end?: () => void;
}

/** One check: the rules it reports, the columns it cannot run without, and the check itself. */
export interface LineCheck<L, K extends string, Id extends string> {
  readonly reports: readonly Id[];
  /** Column groups, each satisfied by any one of its columns. */
  readonly needs: readonly (readonly K[])[];
  /** The lines it is about (flash deals, ...): a missing column is noted only when the table has one. */
  readonly appliesTo?: (line: L) => boolean;
  readonly start: (settings: QaSettings, report: Report<Id, K>, numbers: ReportFormat) => CheckRun<L>;
}

/** A check that looks at one line at a time and keeps nothing between lines. */
export function perLine<L, K extends string, Id extends string>(
  reports: readonly NoInfer<Id>[],
  needs: readonly (readonly NoInfer<K>[])[],
  check: (line: L, settings: QaSettings, report: Report<Id, K>, numbers: ReportFormat) => void,
  appliesTo?: (line: L) => boolean,
): LineCheck<L, K, Id> {
  return { reports, needs, appliesTo, start: (settings, report, numbers) => ({ line: (line) => check(line, settings, report, numbers) }) };
}

interface Skipped<L> {
  readonly columns: readonly string[];
  readonly reports: readonly string[];
  readonly appliesTo?: (line: L) => boolean;
  applies: boolean;
}

/**
 * Runs every check whose columns the table has over each data row (read once by `readLine`), then
 * notes at the header row (row 1) each missing column and the checks it left out.
 */
export function runChecks<L, K extends string, Id extends string>(
  cells: QaCells<K>,
  findings: FindingList<Id> & FindingList<CommonRuleId>,
  checks: readonly LineCheck<L, K, Id>[],
  settings: QaSettings,
  numbers: ReportFormat,
  readLine: (r: number) => L,
): void {
  const report: Report<Id, K> = (id, row, key, values) => findings.add(id, row, key === undefined ? undefined : cells.header(key), values);
  const runs: CheckRun<L>[] = [];
  const skipped: Skipped<L>[] = [];
  for (const check of checks) {
    const missing = check.needs.filter((group) => !group.some((key) => cells.has(key)));
    if (missing.length === 0) runs.push(check.start(settings, report, numbers));
    else
      skipped.push({
        columns: missing.map((group) => describeGroup(cells, group)),
        reports: check.reports,
        appliesTo: check.appliesTo,
        applies: !check.appliesTo,
      });
  }
  const { rows } = cells.table;
  for (let i = 0; i < rows.length; i++) {
    const line = readLine(rows[i]);
    for (const run of runs) run.line(line);
    for (const skip of skipped) if (!skip.applies && skip.appliesTo) skip.applies = skip.appliesTo(line);
  }
  for (const run of runs) run.end?.();
  noteMissingColumns(findings, skipped);
}

/** One INFO finding per missing column, listing every check it left out. */
function noteMissingColumns<L>(findings: FindingList<CommonRuleId>, skipped: readonly Skipped<L>[]): void {
  const byColumn = new Map<string, Set<string>>();
  for (const skip of skipped) {
    if (!skip.applies) continue;
    for (const column of skip.columns) {
      const checks = byColumn.get(column) ?? new Set<string>();
      for (const id of skip.reports) checks.add(id);
      byColumn.set(column, checks);
    }
  }
  for (const [column, checks] of byColumn) findings.add('column-missing', 1, undefined, { column, checks: [...checks].join(', ') });
}

function describeGroup<K extends string>(cells: QaCells<K>, group: readonly K[]): string {
  const columns = cells.table.spec.columns;
  if (group.length === 1) return describeColumn(columns[group[0]]);
  const names = group.map((key) => `'${columns[key].headers[0]}'`);
  const last = names[names.length - 1];
  return names.length <= 4 ? `${names.slice(0, -1).join(', ')} or ${last}` : `${names[0]} or ${names[1]}…${last}`;
}
