import { cleanText } from '../values/cleanText';

/** Words in 'Order Status' that mean cancelled, in the languages Seller Center exports come in. */
export const CANCELLED_WORDS: readonly string[] = ['cancel', 'annul', 'batal', 'hủy', 'huỷ', 'ยกเลิก', 'storn', 'キャンセル', '取消'];
/** Words in 'Cancelation/Return Type' that mean a return or refund. */
export const RETURN_WORDS: readonly string[] = [
  'return',
  'refund',
  'reembolso',
  'devolu',
  'hoàn',
  'คืน',
  'pengembalian',
  'pemulangan',
  'bayaran balik',
  'retour',
  'remboursement',
  'rückgabe',
  'erstattung',
  'rimborso',
  '返品',
  '返金',
  '退款',
  '退货',
];
const CANCELLED_STATUS = new RegExp(CANCELLED_WORDS.join('|'), 'i');
const RETURN_TYPE = new RegExp(RETURN_WORDS.join('|'), 'i');

/** A test on a column of few distinct words (statuses, types), run once per distinct cell value. */
function memoizedTest(pattern: RegExp): (value: unknown) => boolean {
  const seen = new Map<unknown, boolean>();
  return (value) => {
    let result = seen.get(value);
    if (result === undefined) {
      result = pattern.test(cleanText(value));
      if (seen.size < 1000) seen.set(value, result);
    }
    return result;
  };
}

/** 'Order Status' says the whole order was cancelled (English or a translated shop's word). */
export const isCancelledStatus = memoizedTest(CANCELLED_STATUS);

/** 'Cancelation/Return Type' says Return/Refund (as opposed to Cancel). */
export const isReturnType = memoizedTest(RETURN_TYPE);

/** An 'Order ID' as a key: trimmed of the export's tab; numbers (re-saved files) as their digits. */
export function orderKey(value: unknown): string {
  if (typeof value === 'string') {
    const last = value.charCodeAt(value.length - 1);
    const first = value.charCodeAt(0);
    return last <= 32 || first <= 32 || last === 160 ? cleanText(value) : value;
  }
  return typeof value === 'number' ? value.toFixed(0) : cleanText(value);
}

const SCIENTIFIC = /^\d+(?:\.\d+)?e\+?\d+$/i;

/**
 * An ID a spreadsheet re-saved as a number in scientific notation (`5.8387E+17`) or past 2^53:
 * its last digits are gone, so distinct orders would merge into one.
 */
export function isMangledId(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isSafeInteger(value);
  // Only text with an exponent mark can be scientific: an ordinary ID is passed without a trimmed copy.
  return typeof value === 'string' && (value.includes('e') || value.includes('E')) && SCIENTIFIC.test(value.trim());
}

export function mangledIdMessage(cellName: string): string {
  return (
    `${cellName}: an ID a spreadsheet turned into a rounded number (such as 5.8387E+17), so different orders can no longer be told apart. ` +
    'Download the export again from Seller Center, or import the CSV with the ID columns as text.'
  );
}
