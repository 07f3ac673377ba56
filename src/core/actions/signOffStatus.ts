import { signedFingerprint } from '../workbook/inputFingerprint';
import { memoizedInputReader } from '../workbook/inputReader';
import { tabState } from '../workbook/ownedTabs';
import { LAST_REFRESH_PROPERTY } from './refreshReadout';
import type { Workbook } from '../workbook/workbookPort';
import { existingQaLogTab, newestQaLogRow, readQaLog } from './qaLogTab';
import type { Checklist } from './check';
import { formatInstant } from './formatInstant';

export interface SignOffStatus {
  readonly signedOff: boolean;
  /** One line: why not, and the way out; empty when signed off. */
  readonly reason: string;
  /** The newest sign-off row, if any. */
  readonly newest?: { readonly at: Date; readonly by: string; readonly row: number };
}

const SIGN_OFF_AGAIN = 'run the QA checklist (TTS Ops › Open QA checklist, or tts-ops check) and sign off again.';

/**
 * Whether the workbook as it is now was signed off: the last row appended to the QA log (its date is
 * not trusted: a skewed clock or an edit may set any) must record no ERROR, the read-out of the last
 * refresh and tabs identical to today's (their fingerprint). The client export refuses while this says no.
 */
export function signOffStatus(workbook: Workbook): SignOffStatus {
  return signOffStatusOf(workbook);
}

/** What the checklist finds now: a sign-off row can be typed by hand, so the export checks it against these. */
export type CheckedNow = Pick<Checklist, 'inputsFingerprint' | 'manualItems' | 'counts'>;

/**
 * signOffStatus, given the checklist just run (no second read of every tab): a row recording zero
 * errors while the checks find some, or not ticking a manual item the checklist asks for, is no sign-off.
 */
export function signOffStatusOf(workbook: Workbook, checked?: CheckedNow): SignOffStatus {
  const state = tabState(workbook);
  const zone = workbook.timeZone();
  const log = existingQaLogTab(state);
  const newestRow = newestQaLogRow(readQaLog(log === undefined ? undefined : workbook.readTab(log)));
  if (!newestRow) {
    return { signedOff: false, reason: `Not signed off: the QA log has no sign-off yet; ${SIGN_OFF_AGAIN.replace(' again', '')}` };
  }
  const newest = { at: newestRow.at, by: newestRow.by, row: newestRow.row };
  const signed = `the newest sign-off (${formatInstant(newestRow.at, zone)} by ${newestRow.by || 'unknown'}, ${log} row ${newestRow.row})`;
  const refusal = (why: string): SignOffStatus => ({ signedOff: false, reason: `Not signed off: ${why}; ${SIGN_OFF_AGAIN}`, newest });

  if (!(newestRow.errors === 0)) return refusal(`${signed} does not record zero errors`);
  const lastRefresh = workbook.readProperties()[LAST_REFRESH_PROPERTY] ?? '';
  if (newestRow.readoutRefreshed !== lastRefresh) {
    const when = lastRefresh ? `the read-out was refreshed at ${formatInstant(new Date(lastRefresh), zone)}` : 'the read-out was never refreshed';
    return refusal(`${signed} was made on another read-out (${when})`);
  }
  const current = checked?.inputsFingerprint ?? signedFingerprint(memoizedInputReader(workbook, state));
  if (newestRow.inputsFingerprint !== current) return refusal(`the input tabs changed after ${signed}`);
  if (checked?.counts.ERROR) {
    const errors = checked.counts.ERROR;
    return refusal(`the checks find ${errors} error${errors === 1 ? '' : 's'} now, which ${signed} does not record`);
  }
  const ticked = newestRow.manualItems.split(';').map((item) => item.trim());
  const unticked = checked?.manualItems.filter((item) => !ticked.includes(item.trim())) ?? [];
  if (unticked.length) return refusal(`${signed} does not tick ${unticked.map((item) => `'${item}'`).join(', ')}`);
  return { signedOff: true, reason: '', newest };
}
