import { cleanText } from '../values/cleanText';

const CANCELLED_STATUS = /cancel|annul|batal|hủy|huỷ|ยกเลิก/i;
const RETURN_TYPE = /return|refund|reembolso|devoluc|hoàn|คืน/i;

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
