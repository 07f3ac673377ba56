/** An error a user can act on: its message names the sheet, row, column and what was expected. */
/** A cell of a range by position (0-based row and column of the values read). */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export class InputError extends Error {
  /** `cell`: the cell the message is about, so that a finding can point at it. */
  constructor(
    message: string,
    readonly cell?: CellPosition,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The most of any value a message shows: a 5 MB cell must not fill the terminal, the tab or a log. */
const EXCERPT_CHARS = 60;

/** Text as a message quotes it: long text cut to its first 60 characters, with its length. */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_CHARS) return text;
  return `${text.slice(0, EXCERPT_CHARS)}… (${String(text.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} characters)`;
}
