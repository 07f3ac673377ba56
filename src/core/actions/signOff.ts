import { InputError } from '../values/errors';
import { tabState } from '../workbook/ownedTabs';
import type { Workbook } from '../workbook/workbookPort';
import { runChecklist, type Checklist } from './check';
import { formatInstant } from './formatInstant';
import { appendQaLogRow, existingQaLogTab, newestQaLogRow, readQaLog, type QaLogEntry } from './qaLogTab';

export interface SignOffRequest {
  /** Who signs: an e-mail address, a name, or 'unknown'. */
  readonly by: string;
  readonly note: string;
  /** The manual items ticked, as the checklist lists them; 'all' confirms every one (the CLI's --tick all). */
  readonly ticked: readonly string[] | 'all';
}

export interface SignOffResult {
  readonly tab: string;
  readonly row: number;
  readonly entry: QaLogEntry;
  readonly checklist: Checklist;
}

export const MAX_SIGNER_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

/**
 * Runs the checklist again and appends a row to the QA log, refusing (an InputError saying why and
 * the way out) while an ERROR remains or a manual item is not ticked.
 */
export function signOff(workbook: Workbook, request: SignOffRequest, now: Date): SignOffResult {
  const by = request.by.trim();
  if (!by) throw new InputError('Sign-off refused: say who signs off (a name or e-mail address).');
  if (by.length > MAX_SIGNER_LENGTH) throw new InputError(`Sign-off refused: the signer's name is over ${MAX_SIGNER_LENGTH} characters.`);
  if (request.note.length > MAX_NOTE_LENGTH) throw new InputError(`Sign-off refused: the note is over ${MAX_NOTE_LENGTH} characters; shorten it.`);
  const checklist = runChecklist(workbook, now);
  const errors = checklist.groups.flatMap((group) => group.findings.filter((finding) => finding.severity === 'ERROR'));
  if (errors.length) {
    const first = errors[0];
    throw new InputError(
      `Sign-off refused: ${errors.length} error${errors.length > 1 ? 's remain' : ' remains'} (first: ${first.tab}!${first.a1} ${first.message}); fix ${errors.length > 1 ? 'them' : 'it'} and check again.`,
    );
  }
  const ticked = request.ticked === 'all' ? checklist.manualItems : request.ticked;
  const unknown = ticked.filter((item) => !checklist.manualItems.includes(item));
  if (unknown.length)
    throw new InputError(`Sign-off refused: '${unknown[0]}' is not a manual item of this workbook (Settings checklist.manualItems).`);
  const unticked = checklist.manualItems.filter((item) => !ticked.includes(item));
  if (unticked.length) throw new InputError(`Sign-off refused: not ticked yet: ${unticked.join('; ')}.`);
  refuseRepeat(workbook, by, checklist);
  const entry: QaLogEntry = {
    at: now,
    by,
    readoutRefreshed: checklist.readoutRefreshed,
    inputsFingerprint: checklist.inputsFingerprint,
    checksRun: checklist.checksRun,
    errors: checklist.counts.ERROR,
    warnings: checklist.counts.WARNING,
    notes: checklist.counts.INFO,
    manualItems: checklist.manualItems.join('; '),
    note: request.note.trim(),
  };
  const { tab, row } = appendQaLogRow(workbook, tabState(workbook), entry);
  return { tab, row, entry, checklist };
}

/** A second sign-off by the same person on the same read-out and inputs records nothing new (a double click, Enter pressed twice): refused. */
function refuseRepeat(workbook: Workbook, by: string, checklist: Checklist): void {
  const log = existingQaLogTab(tabState(workbook));
  const newest = newestQaLogRow(readQaLog(log === undefined ? undefined : workbook.readTab(log)));
  if (!newest || newest.by !== by || newest.errors !== 0) return;
  if (newest.inputsFingerprint !== checklist.inputsFingerprint || newest.readoutRefreshed !== checklist.readoutRefreshed) return;
  throw new InputError(
    `Sign-off refused: ${by} already signed off this read-out and these inputs (${formatInstant(newest.at, workbook.timeZone())}, ${log} row ${newest.row}); nothing changed since.`,
  );
}
