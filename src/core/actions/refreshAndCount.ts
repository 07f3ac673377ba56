import { refreshReadout, type RefreshSummary } from './refreshReadout';
import type { Workbook } from '../workbook/workbookPort';
import { checklistOf } from './check';

/** Refresh read-out as the menu, the CLI and the demo run it: the read-out tabs, then the QA checklist's counts, as `check` counts them. */
export function refreshAndCount(workbook: Workbook, now: Date): RefreshSummary {
  return refreshReadout(workbook, { now, countFindings: (inputs) => checklistOf(workbook, now, inputs).counts });
}
