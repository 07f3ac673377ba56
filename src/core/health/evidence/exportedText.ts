import { cleanText } from '../../values/cleanText';
import { describeCell, mayBePersonal } from '../../values/personalData';

/** An ID, tracking number or carrier name as the export writes it: letters, digits and a few signs, short. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ._&()/-]{0,47}$/u;
/** Words beside a phone-length run of digits (`Tanaka Taro 09012345678`): a contact, where a tracking number groups its digits or has no spaces. */
const WORDS_AND_PHONE = /^(?=.*\s)(?=.*\d{7})/u;

/**
 * An export cell the pack shows as it is (Order ID, carrier, tracking number), or its shape when it
 * could be anything else (a shifted paste may put a buyer's name or address there): never buyer data.
 */
export function exportedText(cell: unknown): string {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? cell.toFixed(0) : `(${describeCell(cell)}, digits lost)`;
  const text = cleanText(cell);
  if (!text) return '';
  return PLAIN.test(text) && !WORDS_AND_PHONE.test(text) && !mayBePersonal(text) ? text : `(${describeCell(text)}, not shown)`;
}
