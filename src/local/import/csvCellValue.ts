import { readsAsThousandsOrDecimals } from '../../core/values/parseNumber';

/** Plain decimals exactly representable as numbers: no leading zeros (zip codes), at most 15 digits (IDs stay text). */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;

/**
 * A CSV field as a spreadsheet would hold it: a plain decimal becomes a number so sums work in the
 * workbook; everything else (18-digit IDs, `$1,234.56`, times with a trailing tab) stays text, and so does `50.000`
 * (fifty thousand visitors in an Indonesian export, 50 in an American one), which the core reads with the shop's decimal mark.
 */
export function csvCellValue(text: string): string | number {
  return PLAIN_NUMBER.test(text) && text.replace(/\D/g, '').length <= 15 && !readsAsThousandsOrDecimals(text) ? Number(text) : text;
}
