import { excerpt } from './errors';
import { isDate } from './isDate';

/** Headers of the columns that hold a buyer's personal data in Seller Center exports (and common variants). */
const BUYER_HEADER = /\b(buyer|recipient|customer name|phone|e-?mail|address|zip ?code|postal|nickname|user ?name|delivery instruction)\b/i;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** 7 to 15 digits written the way phone numbers are: +, spaces, dashes, dots, brackets. */
const PHONE = /^\+?[\d\s().-]+$/;
/** TikTok's masked phones and names: `(+1)917*****88`, `+62 812****5678`, `王*明`, `j***e`: a run of `*` inside digits or letters. */
const MASKED = /^(?:\(\+\d{1,4}\)|\+\d{1,4})?[\p{L}\p{N}\s().-]*[\p{L}\p{N}]\*+[\p{L}\p{N}\s().*-]*$/u;
/** A country-code prefix as TikTok writes it on a phone: `(+1)`, `(+66)`. */
const DIAL_PREFIX = /^\(\+\d{1,4}\)/;
/** 2026-13-45 or 13.11.2026: a bad date, not a phone number. */
const DATE_LIKE = /^\d{1,4}([-/.])\d{1,2}\1\d{1,4}(?:\s|$)/;
/** A street address: a house number then words (`1234 Elm Street`, `99/1 ถนนสุขุมวิท`), a street word first (`Jl. Sudirman No. 5`) or the number after it (`Elm Street 5`, `Hauptstraße 12`). */
const ADDRESS =
  /^\d{1,6}(?:[a-z]|\/\d{1,4})?,?\s+\p{L}|\b(?:jl|jalan|street|avenue|road|calle|rua|rue|via)\b\.?\s*\p{L}.*\d|(?:\b(?:street|avenue|road|lane)|stra(?:ß|ss)e|str\.)\s*\d|ถนน|ซอย|đường|phường/iu;
/** Two to four words of letters, capitalised or not (`zelda quixote`, `María José Núñez`): a person's name pasted one column off. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’.-]*){1,3}$/u;
/** One to four short words of a script without capitals (Thai, Chinese, Japanese, Korean, Arabic…): a name there has no other shape. */
const CASELESS_NAME = /^[\p{Lo}\p{M}·・]{1,12}(?:\s+[\p{Lo}\p{M}·・]{1,12}){0,3}$/u;
/** A TikTok username: `@` or a letter, then letters, digits, `_` and `.`, with a `_`, a `.` or two digits in it (`zz_buyer_41`, `@jane.doe`, `user8841`). */
const USERNAME = /^(?:@|\p{L})(?=[\p{L}\p{N}._]*(?:[_.]|\d\d))[\p{L}\p{N}._]{3,30}$/u;

/**
 * Whether a value may be a buyer's personal data: it is in a buyer column, or shaped like a phone
 * (masked or not), email, address, username or name, in any script and whatever its capitals. A second
 * line of defence: an Orders cell is never quoted at all (describeCell), whatever this says.
 */
export function mayBePersonal(value: unknown, header = ''): boolean {
  if (BUYER_HEADER.test(header)) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (EMAIL.test(text) || ADDRESS.test(text) || NAME.test(text) || CASELESS_NAME.test(text) || USERNAME.test(text)) return true;
  if (MASKED.test(text) || DIAL_PREFIX.test(text)) return true;
  const digits = text.replace(/\D/g, '').length;
  return PHONE.test(text) && digits >= 7 && digits <= 15 && /[\s().+-]/.test(text) && !DATE_LIKE.test(text);
}

/**
 * How an error message shows the value of a cell the user typed (a Settings value): `'12,5O'` (an
 * excerpt), or, for a value that may be personal data, its shape: `text of 15 characters (digits,
 * spaces and other signs), not shown (it may be personal data)`. An export's cell is never quoted: describeCell.
 */
export function quoteCell(value: unknown, header = ''): string {
  const text = String(value ?? '').trim();
  return mayBePersonal(text, header) ? `${describeCell(text)}, not shown (it may be personal data)` : `'${excerpt(text)}'`;
}

const plural = (count: number, word: string): string => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** What kinds of characters a text holds, in words: `letters, digits and spaces`. */
function characterKinds(text: string): string {
  const kinds = [
    [/\p{L}/u, 'letters'],
    [/\p{N}/u, 'digits'],
    [/\s/u, 'spaces'],
    [/[^\p{L}\p{N}\s]/u, 'other signs'],
  ] as const;
  const found = kinds.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
  return found.length > 1 ? `${found.slice(0, -1).join(', ')} and ${found[found.length - 1]}` : (found[0] ?? '');
}

/**
 * A cell of an export described by its shape, never its value (it may be a buyer's phone, name or
 * address): `text of 14 characters (letters, digits and spaces)`, `a negative number`, `a date`.
 */
export function describeCell(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'a blank cell';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'a number too large to read';
    if (value < 0) return 'a negative number';
    if (!Number.isInteger(value)) return 'a number with decimals';
    return `a whole number of ${plural(value < 10 ? 1 : Math.floor(Math.log10(value)) + 1, 'digit')}`;
  }
  if (typeof value === 'boolean') return 'a TRUE/FALSE value';
  if (isDate(value)) return 'a date';
  const text = String(value);
  const length = [...text].length;
  if (text.trim() === '') return `text of ${plural(length, 'space')}`;
  return `text of ${plural(length, 'character')} (${characterKinds(text)})`;
}
