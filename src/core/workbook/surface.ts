/**
 * How a message names the next action where it appears: a Sheets menu item, a command in a
 * terminal, or the sidebar page `tts-ops sidebar` serves. Core messages that name an action take one.
 */
export interface Surface {
  /** Refresh the read-out: "run TTS Ops › Refresh read-out". */
  readonly refresh: string;
}

export const SHEETS_SURFACE: Surface = { refresh: 'run TTS Ops › Refresh read-out' };

/** The terminal's words for the workbook `file`. */
export function commandLineSurface(file: string): Surface {
  return { refresh: `run tts-ops refresh ${file}` };
}

/** The local sidebar page's words: the terminal for what the page cannot do, then its own button. */
export function localSidebarSurface(file: string): Surface {
  return { refresh: `run tts-ops refresh ${file} in a terminal, then Check again` };
}
