import { inputFingerprint } from '../workbook/inputFingerprint';
import { memoizedInputReader } from '../workbook/inputReader';
import { tabState } from '../workbook/ownedTabs';
import { LAST_REFRESH_PROPERTY } from './refreshReadout';
import type { Workbook } from '../workbook/workbookPort';
import { existingQaLogTab, newestQaLogRow, readQaLog } from './qaLogTab';
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
 * Whether the workbook as it is now was signed off: the newest row of the QA log must have been
 * signed with no ERROR, on the read-out of the last refresh and on input tabs identical to today's
 * (their fingerprint). The client export refuses while this says no.
 */
export function signOffStatus(workbook: Workbook, now: Date): SignOffStatus {
  return signOffStatusOf(workbook, now);
}

/** signOffStatus, given the inputs' current fingerprint when the caller has just computed it (no second read of every tab). */
export function signOffStatusOf(workbook: Workbook, now: Date, currentFingerprint?: string): SignOffStatus {
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

  if (newestRow.at.getTime() > now.getTime() + 60_000) return refusal(`${signed} is dated in the future`);
  if (!(newestRow.errors === 0)) return refusal(`${signed} does not record zero errors`);
  const lastRefresh = workbook.readProperties()[LAST_REFRESH_PROPERTY] ?? '';
  if (newestRow.readoutRefreshed !== lastRefresh) {
    const when = lastRefresh ? `the read-out was refreshed at ${formatInstant(new Date(lastRefresh), zone)}` : 'the read-out was never refreshed';
    return refusal(`${signed} was made on another read-out (${when})`);
  }
  const current = currentFingerprint ?? inputFingerprint(memoizedInputReader(workbook, state));
  if (newestRow.inputsFingerprint !== current) return refusal(`the input tabs changed after ${signed}`);
  return { signedOff: true, reason: '', newest };
}
