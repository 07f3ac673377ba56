import { signedFingerprint } from '../workbook/inputFingerprint';
import { memoizedInputReader } from '../workbook/inputReader';
import { tabState } from '../workbook/ownedTabs';
import { LAST_REFRESH_PROPERTY } from './refreshReadout';
import type { Workbook } from '../workbook/workbookPort';
import { existingQaLogTab, newestQaLogRow, readQaLog } from './qaLogTab';
import type { Checklist } from './check';
import { formatInstant } from './formatInstant';
import { SHEETS_SURFACE, type Surface } from '../workbook/surface';

export interface SignOffStatus {
  readonly signedOff: boolean;
  /** One line: why not, and the way out on the surface asking; empty when signed off. */
  readonly reason: string;
  /** Why not, alone ("the QA log has no sign-off yet"), for a line of its own; empty when signed off. */
  readonly why: string;
  /** The newest sign-off row, if any. */
  readonly newest?: { readonly at: Date; readonly by: string; readonly row: number };
}

/**
 * Whether the workbook as it is now was signed off: the last row appended to the QA log (its date is
 * not trusted: a skewed clock or an edit may set any) must record no ERROR, the read-out of the last
 * refresh and tabs identical to today's (their fingerprint). The client export refuses while this says no.
 */
export function signOffStatus(workbook: Workbook, surface: Surface = SHEETS_SURFACE): SignOffStatus {
  return signOffStatusOf(workbook, undefined, surface);
}

/** What the checklist finds now: a sign-off row can be typed by hand, so the export checks it against these. */
export type CheckedNow = Pick<Checklist, 'inputsFingerprint' | 'manualItems' | 'counts'>;

/**
 * signOffStatus, given the checklist just run (no second read of every tab): a row recording zero
 * errors while the checks find some, or not ticking a manual item the checklist asks for, is no sign-off.
 */
export function signOffStatusOf(workbook: Workbook, checked?: CheckedNow, surface: Surface = SHEETS_SURFACE): SignOffStatus {
  const state = tabState(workbook);
  const zone = workbook.timeZone();
  const log = existingQaLogTab(state);
  const newestRow = newestQaLogRow(readQaLog(log === undefined ? undefined : workbook.readTab(log)));
  const refusal = (why: string, newest?: SignOffStatus['newest']): SignOffStatus => ({
    signedOff: false,
    reason: `Not signed off: ${why}; ${surface.signOff}.`,
    why,
    newest,
  });
  if (!newestRow) return refusal('the QA log has no sign-off yet');
  const newest = { at: newestRow.at, by: newestRow.by, row: newestRow.row };
  const signed = `the newest sign-off (${formatInstant(newestRow.at, zone)} by ${newestRow.by || 'unknown'}, ${log} row ${newestRow.row})`;

  if (!(newestRow.errors === 0)) return refusal(`${signed} does not record zero errors`, newest);
  const lastRefresh = workbook.readProperties()[LAST_REFRESH_PROPERTY] ?? '';
  if (newestRow.readoutRefreshed !== lastRefresh) {
    const when = lastRefresh ? `the read-out was refreshed at ${formatInstant(new Date(lastRefresh), zone)}` : 'the read-out was never refreshed';
    return refusal(`${signed} was made on another read-out (${when})`, newest);
  }
  const current = checked?.inputsFingerprint ?? signedFingerprint(memoizedInputReader(workbook, state));
  if (newestRow.inputsFingerprint !== current) return refusal(`the input tabs changed after ${signed}`, newest);
  if (checked?.counts.ERROR) {
    const errors = checked.counts.ERROR;
    return refusal(`the checks find ${errors} error${errors === 1 ? '' : 's'} now, which ${signed} does not record`, newest);
  }
  const ticked = newestRow.manualItems.split(';').map((item) => item.trim());
  const unticked = checked?.manualItems.filter((item) => !ticked.includes(item.trim())) ?? [];
  if (unticked.length) return refusal(`${signed} does not tick ${unticked.map((item) => `'${item}'`).join(', ')}`, newest);
  return { signedOff: true, reason: '', why: '', newest };
}
