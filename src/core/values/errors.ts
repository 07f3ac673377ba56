/** An error a user can act on: its message names the sheet, row, column and what was expected. */
export class InputError extends Error {
  constructor(message: string) {
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

/** Headers of the columns that hold a buyer's personal data in Seller Center exports (and common variants). */
const BUYER_HEADER = /\b(buyer|recipient|customer name|phone|e-?mail|address|zip ?code|postal|nickname|user ?name|delivery instruction)\b/i;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** 7 to 15 digits written the way phone numbers are: +, spaces, dashes, dots, brackets. */
const PHONE = /^\+?[\d\s().-]+$/;
/** 2026-13-45 or 13.11.2026: a bad date, not a phone number. */
const DATE_LIKE = /^\d{1,4}([-/.])\d{1,2}\1\d{1,4}(?:\s|$)/;
/** A street address: a house number, a few words, a street word. */
const ADDRESS =
  /^\d{1,6}[a-z]?\s+(?:[\p{L}.'-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|apt|suite|highway|hwy|terrace|parkway|pkwy)\b/iu;
/** Two to four capitalised words of letters: a person's name pasted one column off. */
const NAME = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}$/u;
/** One to four short words of a script without capitals (Thai, Chinese, Japanese, Korean, Arabic…): a name there has no other shape. */
const CASELESS_NAME = /^[\p{Lo}\p{M}·・]{1,12}(?:\s+[\p{Lo}\p{M}·・]{1,12}){0,3}$/u;

/** Whether a cell may hold a buyer's personal data: it is in a buyer column, or shaped like a phone, email, address or name. */
export function mayBePersonal(value: unknown, header = ''): boolean {
  if (BUYER_HEADER.test(header)) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (EMAIL.test(text) || ADDRESS.test(text) || NAME.test(text) || CASELESS_NAME.test(text)) return true;
  const digits = text.replace(/\D/g, '').length;
  return PHONE.test(text) && digits >= 7 && digits <= 15 && /[\s().+-]/.test(text) && !DATE_LIKE.test(text);
}

/**
 * How an error message shows the value of a cell: `'12,5O'` (an excerpt), or, for a cell that may
 * hold a buyer's personal data, `a value not shown here (it may be personal data)`: the position
 * the message names is enough to find it, and messages reach read-out tabs and logs.
 */
export function quoteCell(value: unknown, header = ''): string {
  const text = String(value ?? '').trim();
  return mayBePersonal(text, header) ? 'a value not shown here (it may be personal data)' : `'${excerpt(text)}'`;
}
