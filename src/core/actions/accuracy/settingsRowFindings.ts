import { InputError } from '../../values/errors';
import { headerIndex } from '../../table/findHeaderRow';
import { normalizeHeader } from '../../table/normalizeHeader';
import { columnLetter } from '../../values/columnLetter';
import { isBlank } from '../../values/isBlank';
import { isSettingsTab, SETTINGS_HEADER, workbookSettings } from '../../workbook/settingsTab';
import type { CellValue } from '../../workbook/workbookPort';
import type { CheckFinding } from '../../qa/checkFinding';

const FIX = 'Correct the value (the Default column shows a valid one) or clear it to use the default.';

/** A Settings tab's problems, and the tab with its invalid rows blanked, so the valid ones still apply. */
export interface SettingsCheck {
  readonly findings: CheckFinding[];
  readonly validRows: readonly (readonly CellValue[])[] | undefined;
}

/**
 * Every invalid row of a Settings tab, each read on its own so one bad row does not hide the next;
 * then the tab as a whole (a key set twice), when every row is valid alone.
 */
export function settingsRowFindings(values: readonly (readonly CellValue[])[] | undefined, timeZone: string, tab: string): SettingsCheck {
  if (!values || !isSettingsTab(values)) return { findings: [], validRows: values };
  const headerRow = values.findIndex((row) => row.some((cell) => normalizeHeader(cell) === 'key'));
  const columns = headerIndex(values[headerRow]);
  const keyColumn = columns.get(normalizeHeader(SETTINGS_HEADER[0])) ?? 0;
  const valueColumn = columns.get(normalizeHeader(SETTINGS_HEADER[1])) ?? 1;
  const findings: CheckFinding[] = [];
  const problemOf = (rows: readonly (readonly CellValue[])[]): string | undefined => {
    try {
      workbookSettings(rows, timeZone);
      return undefined;
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
  };
  for (let r = headerRow + 1; r < values.length; r++) {
    if (values[r].every(isBlank)) continue;
    const alone = values.map((row, i) => (i <= headerRow || i === r ? row : []));
    const problem = problemOf(alone);
    if (problem === undefined) continue;
    const column = problem.includes('is not a TTS Ops setting') ? keyColumn : valueColumn;
    findings.push({
      group: 'Accuracy',
      severity: 'ERROR',
      check: 'setting-invalid',
      tab,
      a1: `${columnLetter(column)}${r + 1}`,
      message: problem,
      fix: FIX,
    });
  }
  const invalid = new Set(findings.map((finding) => Number(/\d+$/.exec(finding.a1)![0]) - 1));
  if (invalid.size) return { findings, validRows: values.map((row, r) => (invalid.has(r) ? [] : row)) };
  {
    const problem = problemOf(values);
    if (problem !== undefined) {
      const row = /rows? (\d+)/.exec(problem);
      const a1 = `${columnLetter(keyColumn)}${row ? row[1] : headerRow + 1}`;
      findings.push({ group: 'Accuracy', severity: 'ERROR', check: 'setting-invalid', tab, a1, message: problem, fix: 'Keep one row per key.' });
      return { findings, validRows: undefined };
    }
  }
  return { findings, validRows: values };
}
