import { cleanText } from '../values/cleanText';

const GTIN_LENGTHS = new Set([8, 12, 13, 14]);

export type GtinReading =
  | { readonly kind: 'valid'; readonly digits: string }
  | { readonly kind: 'format'; readonly problem: string }
  | { readonly kind: 'check-digit'; readonly digits: string; readonly expected: number };

/** GS1 mod-10 check digit of the digits before it: weights 3, 1, 3, ... from the right. */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) sum += (body.charCodeAt(i) - 48) * weight;
  return (10 - (sum % 10)) % 10;
}

/**
 * A UPC-A, EAN-8, EAN-13 or GTIN-14 cell. A number cell one digit short of a UPC-A or EAN-8 lost its
 * leading zero to the spreadsheet and is read with it; spaces and hyphens in text are ignored.
 */
export function readGtin(cell: unknown): GtinReading {
  let digits: string;
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell) || cell < 0) return { kind: 'format', problem: 'is not a whole number' };
    digits = String(cell);
    if (digits.length === 11 || digits.length === 7) digits = '0' + digits;
  } else {
    const text = cleanText(cell).replace(/[\s-]+/g, '');
    if (/^\d(?:\.\d+)?E\+?\d+$/i.test(text)) return { kind: 'format', problem: 'was rounded into scientific notation' };
    if (!/^\d+$/.test(text)) return { kind: 'format', problem: 'has characters other than digits' };
    digits = text;
  }
  if (!GTIN_LENGTHS.has(digits.length)) return { kind: 'format', problem: `has ${digits.length} digits` };
  const expected = gs1CheckDigit(digits.slice(0, -1));
  return expected === digits.charCodeAt(digits.length - 1) - 48 ? { kind: 'valid', digits } : { kind: 'check-digit', digits, expected };
}
