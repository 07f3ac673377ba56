/**
 * How a message names the next action where it appears: a Sheets menu item, a command in a
 * terminal, or the sidebar page `tts-ops sidebar` serves. Core messages that name an action take one.
 */
export interface Surface {
  /** Refresh the read-out: "run TTS Ops › Refresh read-out". */
  readonly refresh: string;
  /** Record a QA sign-off: "open TTS Ops › Open QA checklist, tick the items and sign off". */
  readonly signOff: string;
  /** Make the client update's draft: "TTS Ops › Export client update". */
  readonly draft: string;
  /** Deliver without a current sign-off: "answer Yes below and give a reason". */
  readonly override: string;
  /** Add the tabs a client workbook needs: "run TTS Ops › Set up client workbook". */
  readonly setup: string;
  /** Deliver a period already delivered from the same data once more: "answer Yes below". */
  readonly deliverAgain: string;
}

export const SHEETS_SURFACE: Surface = {
  refresh: 'run TTS Ops › Refresh read-out',
  setup: 'run TTS Ops › Set up client workbook',
  signOff: 'open TTS Ops › Open QA checklist, tick the items and sign off',
  draft: 'TTS Ops › Export client update',
  override: 'answer Yes below and give a reason',
  deliverAgain: 'answer Yes below',
};

/** The agency board's menu items: the board's batch runs in Apps Script only (`tts-ops board` reads files and needs neither). */
export const SHEETS_BOARD_MENU = { setUp: 'TTS Ops › Agency board', refresh: 'TTS Ops › Refresh board' } as const;

/** The set-up named where no surface is known (a message raised deep in the core, the client update's notes, the board). */
export const NEUTRAL_SETUP = 'set up the client workbook';

/** The Sheets sidebar: the QA checklist itself, so its own button signs off. */
export const SHEETS_SIDEBAR_SURFACE: Surface = { ...SHEETS_SURFACE, signOff: 'tick the items and Sign off below' };

/** The terminal's words for the workbook `file`. */
export function commandLineSurface(file: string): Surface {
  return {
    refresh: `run tts-ops refresh ${file}`,
    setup: `run tts-ops setup ${file}`,
    signOff: `run tts-ops check ${file}, then tts-ops sign-off ${file} --by NAME`,
    draft: `tts-ops export ${file} (the same --cadence, --as-of and --to-date)`,
    override: 'add --override "reason"',
    deliverAgain: 'add --again',
  };
}

/** The local sidebar page's words: the terminal for what the page cannot do, then its own button. */
export function localSidebarSurface(file: string): Surface {
  return {
    ...commandLineSurface(file),
    refresh: `run tts-ops refresh ${file} in a terminal, then Check again`,
    setup: `run tts-ops setup ${file} in a terminal`,
    signOff: 'tick the items and Sign off below',
  };
}
