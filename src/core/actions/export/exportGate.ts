import { signOffStatus } from '../signOffStatus';
import { formatWallClock } from '../../values/formatWallClock';
import { wallClockOf } from '../../values/wallClock';
import type { Workbook } from '../../workbook/workbookPort';

/** Whether the export may run, and the sign-off (or override) it relies on, for the header and the log. */
export type ExportGate =
  { readonly allowed: true; readonly signOff: string; readonly override: string } | { readonly allowed: false; readonly reason: string };

/**
 * The one place the export asks whether the QA checklist signed off the workbook as it is now.
 * Refuses with the sign-off's own one-line reason and the way out; an override reason lets it through and is recorded.
 */
export function exportGate(workbook: Workbook, now: Date, override?: string): ExportGate {
  const status = signOffStatus(workbook, now);
  const reason = override?.trim() ?? '';
  if (status.signedOff && status.newest) {
    const at = formatWallClock(wallClockOf(status.newest.at, workbook.timeZone()));
    return { allowed: true, signOff: `QA signed off by ${status.newest.by || 'unknown'} at ${at}.`, override: '' };
  }
  if (status.signedOff) return { allowed: true, signOff: 'QA signed off.', override: '' };
  if (reason) {
    const why = status.reason.replace(/^Not signed off: /, '').replace(/; run the QA checklist.*$/, '');
    return { allowed: true, signOff: `Exported without a current QA sign-off (${why}). Override reason: ${reason}.`, override: reason };
  }
  return {
    allowed: false,
    reason: `${status.reason} Or export anyway with a reason: tts-ops export … --override "reason" (in Sheets, confirm the dialog).`,
  };
}
