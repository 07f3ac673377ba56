import { runChecklist, type Checklist } from '../check';
import { signOffStatusOf } from '../signOffStatus';
import { UNREADABLE_CHECKS } from '../accuracy/unreadableCells';
import { formatWallClock } from '../../values/formatWallClock';
import { wallClockOf } from '../../values/wallClock';
import type { Workbook } from '../../workbook/workbookPort';

/** Whether the export may run, and the sign-off (or override) it relies on, for the header and the log. */
export type ExportGate =
  { readonly allowed: true; readonly signOff: string; readonly override: string } | { readonly allowed: false; readonly reason: string };

/** Data that cannot be read: no override builds an update from it. */
function unreadableRefusal(checklist: Checklist): string | undefined {
  const unreadable = checklist.groups.flatMap((group) => group.findings).filter((finding) => UNREADABLE_CHECKS.includes(finding.check));
  if (!unreadable.length) return undefined;
  const [first] = unreadable;
  return (
    `Export refused: ${unreadable.length === 1 ? 'a tab holds data' : `${unreadable.length} columns hold data`} that cannot be read ` +
    `(first: ${first.tab}!${first.a1} ${first.message}). Fix it, refresh and check again; an override does not skip this, since no update is built from data that cannot be read.`
  );
}

/**
 * The one place the export asks whether the QA checklist signed off the workbook as it is now. It
 * runs the checklist again (a sign-off row can be typed by hand), refuses data that cannot be read
 * whatever the override, then refuses with the sign-off's own one-line reason and the way out; an
 * override reason lets a missing or stale sign-off through and is recorded.
 */
export function exportGate(workbook: Workbook, now: Date, override?: string): ExportGate {
  const checklist = runChecklist(workbook, now);
  const unreadable = unreadableRefusal(checklist);
  if (unreadable) return { allowed: false, reason: unreadable };
  const status = signOffStatusOf(workbook, checklist);
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
