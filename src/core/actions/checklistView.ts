import { SHEETS_SIDEBAR_SURFACE, type Surface } from '../workbook/surface';
import { InputError } from '../values/errors';
import type { Workbook } from '../workbook/workbookPort';
import { runChecklist, type Checklist } from './check';
import { formatInstant } from './formatInstant';
import { MAX_NOTE_LENGTH, signOff } from './signOff';
import { signOffStatusOf } from './signOffStatus';

/**
 * What the sidebar's server functions return: plain JSON (google.script.run passes no Date), the
 * checklist and whether the workbook is signed off now.
 */
export interface ChecklistView extends Pick<Checklist, 'freshness' | 'groups' | 'counts' | 'manualItems'> {
  readonly signedOff: boolean;
  /** `Signed off 2026-11-23 10:00 America/Los_Angeles by ana (TTS · QA log row 4).`, or why not. */
  readonly signOffLine: string;
}

export interface SignOffView {
  readonly message: string;
  readonly view: ChecklistView;
}

/** The checklist and the sign-off status, reading each input tab once; `surface` words its messages for the page showing it. */
export function checklistView(workbook: Workbook, now: Date, surface: Surface = SHEETS_SIDEBAR_SURFACE): ChecklistView {
  return viewOf(runChecklist(workbook, now, surface), workbook, surface);
}

function viewOf(checklist: Checklist, workbook: Workbook, surface: Surface): ChecklistView {
  const status = signOffStatusOf(workbook, checklist, surface);
  const zone = workbook.timeZone();
  const newest = status.newest;
  return {
    freshness: checklist.freshness,
    groups: checklist.groups,
    counts: checklist.counts,
    manualItems: checklist.manualItems,
    signedOff: status.signedOff,
    signOffLine:
      status.signedOff && newest
        ? `Signed off ${formatInstant(newest.at, zone)} by ${newest.by || 'unknown'} (row ${newest.row} of the QA log).`
        : status.reason,
  };
}

/** What the page may send with a sign-off: the ticked items and a note; anything else is refused. */
export interface SignOffArguments {
  readonly ticked: readonly string[];
  readonly note: string;
}

const MAX_ITEMS = 50;
const MAX_ITEM_LENGTH = 500;
const MAX_TAB_LENGTH = 100;

/** Checks what the page sent (it is not trusted): `{ ticked: string[], note: string }` within their lengths. */
export function parseSignOffArguments(value: unknown): SignOffArguments {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('Sign-off: expected { ticked, note }.');
  const keys = Object.keys(value);
  const extra = keys.find((key) => key !== 'ticked' && key !== 'note');
  if (extra !== undefined) throw new InputError(`Sign-off: unexpected field '${extra.slice(0, 40)}'.`);
  const { ticked, note } = value as { ticked?: unknown; note?: unknown };
  if (!Array.isArray(ticked) || ticked.length > MAX_ITEMS || !ticked.every((item) => typeof item === 'string' && item.length <= MAX_ITEM_LENGTH)) {
    throw new InputError(`Sign-off: 'ticked' must be a list of at most ${MAX_ITEMS} items of text, each at most ${MAX_ITEM_LENGTH} characters.`);
  }
  if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH)
    throw new InputError(`Sign-off: 'note' must be text of at most ${MAX_NOTE_LENGTH} characters.`);
  return { ticked: ticked as string[], note };
}

/** Checks a finding's cell sent back by the page: a tab of this workbook and an A1 cell such as `B7`. */
export function parseCellArguments(tab: unknown, a1: unknown, tabs: readonly string[]): { tab: string; a1: string } {
  if (typeof tab !== 'string' || tab.length === 0 || tab.length > MAX_TAB_LENGTH)
    throw new InputError(`Select: expected a tab name of 1–${MAX_TAB_LENGTH} characters.`);
  if (typeof a1 !== 'string' || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a1)) throw new InputError('Select: expected a cell such as B7.');
  if (!tabs.includes(tab)) throw new InputError(`Select: this workbook has no tab '${tab}'; run the checks again.`);
  return { tab, a1 };
}

/** Signs off for `by` with what the page sent, then returns the new view and a one-line confirmation. */
export function signOffFromSidebar(
  workbook: Workbook,
  by: string,
  args: SignOffArguments,
  now: Date,
  surface: Surface = SHEETS_SIDEBAR_SURFACE,
): SignOffView {
  const result = signOff(workbook, { by, note: args.note, ticked: args.ticked }, now);
  return {
    message: `Signed off by ${result.entry.by}: ${result.tab} row ${result.row}.`,
    view: viewOf(result.checklist, workbook, surface),
  };
}
