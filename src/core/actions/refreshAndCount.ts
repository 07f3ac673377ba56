import { refreshReadout, type RefreshSummary } from './refreshReadout';
import type { Workbook } from '../workbook/workbookPort';
import { checklistOf } from './check';
import type { Surface } from '../workbook/surface';

/** Refresh read-out as the menu, the CLI and the demo run it: the read-out tabs, then the QA checklist's counts, as `check` counts them. */
export function refreshAndCount(workbook: Workbook, now: Date, surface: Surface): RefreshSummary {
  return refreshReadout(workbook, { now, surface, countFindings: (inputs) => checklistOf(workbook, now, inputs, surface).counts });
}
