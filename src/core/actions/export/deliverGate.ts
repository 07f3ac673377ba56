import type { Checklist } from '../check';
import { signOffStatusOf } from '../signOffStatus';
import { UNREADABLE_CHECKS } from '../accuracy/unreadableCells';
import { formatWallClock } from '../../values/formatWallClock';
import { wallClockOf } from '../../values/wallClock';
import type { Surface } from '../../workbook/surface';
import type { Workbook } from '../../workbook/workbookPort';
import { isDate } from '../../values/isDate';
import { cleanText } from '../../values/cleanText';
import { EXPORTS_TAB, newestLogged } from './exportsLog';

/** Whether Deliver may run, and the sign-off (or override) it relies on, for the log; or why not, and whether a reason may let it through. */
export type DeliverGate =
  | { readonly allowed: true; readonly signOff: string; readonly override: string; readonly fingerprint: string }
  | { readonly allowed: false; readonly reason: string; readonly overridable: boolean; readonly repeat?: true };

/** What the person asked for besides the update: a reason to deliver without a sign-off; to deliver a period already delivered again. */
export interface DeliverChoices {
  readonly override?: string;
  readonly again?: boolean;
}

/** Data that cannot be read: no draft and no delivery is built from it, override or not. */
export function unreadableRefusal(checklist: Checklist, action: 'Export' | 'Delivery'): string | undefined {
  const unreadable = checklist.groups.flatMap((group) => group.findings).filter((finding) => UNREADABLE_CHECKS.includes(finding.check));
  if (!unreadable.length) return undefined;
  const [first] = unreadable;
  return (
    `${action} refused: ${unreadable.length === 1 ? 'a tab holds data' : `${unreadable.length} columns hold data`} that cannot be read ` +
    `(first: ${first.tab}!${first.a1} ${first.message}). Fix it, refresh and check again; an override does not skip this, since no update is built from data that cannot be read.`
  );
}

/** Which draft a delivery copies: the cadence as the log writes it ('MBR (month to date)') and the period. */
export interface DraftKey {
  readonly cadence: string;
  readonly period: string;
}

/** A wall-clock time read by someone in another zone is named with the shop's zone, as the freshness lines do. */
function zonedWallClock(at: Date, zone: string): string {
  return `${formatWallClock(wallClockOf(at, zone))} (${zone})`;
}

/**
 * The one place Deliver asks whether the draft of this period may go to the client as it is now: a
 * draft of the period made from the same data (its fingerprint), and a current QA sign-off, judged
 * on the checklist just run again (a sign-off row can be typed by hand); data that cannot be read was
 * refused before (unreadableRefusal). An override reason lets only a missing or stale sign-off through, and is recorded.
 * A period already delivered from the same data is refused unless asked for again (`repeat`): a second click is no second delivery.
 */
export function deliverGate(
  workbook: Workbook,
  checklist: Checklist,
  draftOf: DraftKey,
  surface: Surface,
  choices: DeliverChoices = {},
): DeliverGate {
  const refused = (reason: string, overridable = false): DeliverGate => ({ allowed: false, reason, overridable });
  const what = `the draft of the ${draftOf.cadence} ${draftOf.period}`;
  const draft = newestLogged(workbook, 'Draft', draftOf.cadence, draftOf.period);
  if (!draft)
    return refused(
      `Not delivered: there is no draft of the ${draftOf.cadence} ${draftOf.period} in ${EXPORTS_TAB}; make one with ${surface.draft}, check it and sign off.`,
    );
  if (draft.fingerprint !== checklist.inputsFingerprint)
    return refused(
      `Not delivered: the data changed after ${what} (${draft.tab} row ${draft.row}); make a new one with ${surface.draft}, check it and sign off.`,
    );
  const fingerprint = draft.fingerprint;
  const delivered = newestLogged(workbook, 'Delivered', draftOf.cadence, draftOf.period);
  if (delivered?.fingerprint === fingerprint && !choices.again) {
    const at = isDate(delivered.at) ? zonedWallClock(delivered.at, workbook.timeZone()) : cleanText(delivered.at);
    const reason =
      `Not delivered: the ${draftOf.cadence} ${draftOf.period} was already delivered from this data at ${at}` +
      `${delivered.by ? ` by ${delivered.by}` : ''} (${delivered.tab} row ${delivered.row}). To deliver it again: ${surface.deliverAgain}.`;
    return { allowed: false, reason, overridable: false, repeat: true };
  }
  const status = signOffStatusOf(workbook, checklist, surface);
  if (status.signedOff && status.newest) {
    const at = zonedWallClock(status.newest.at, workbook.timeZone());
    return { allowed: true, signOff: `QA signed off by ${status.newest.by || 'unknown'} at ${at}.`, override: '', fingerprint };
  }
  const reason = choices.override?.trim() ?? '';
  if (reason)
    return {
      allowed: true,
      signOff: `Delivered without a current QA sign-off (${status.why}). Override reason: ${reason}.`,
      override: reason,
      fingerprint,
    };
  return refused(`Not delivered: ${status.why}; ${surface.signOff}. Or deliver anyway with a reason: ${surface.override}.`, true);
}
