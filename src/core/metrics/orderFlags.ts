import { cleanText } from '../values/cleanText';

const CANCELLED_STATUS = /cancel|annul|batal|hủy|huỷ|ยกเลิก/i;
const RETURN_TYPE = /return|refund|reembolso|devoluc|hoàn|คืน/i;

/** 'Order Status' says the whole order was cancelled (English or a translated shop's word). */
export function isCancelledStatus(status: unknown): boolean {
  return CANCELLED_STATUS.test(cleanText(status));
}

/** 'Cancelation/Return Type' says Return/Refund (as opposed to Cancel). */
export function isReturnType(type: unknown): boolean {
  return RETURN_TYPE.test(cleanText(type));
}

/** An 'Order ID' as a key: trimmed of the export's tab; numbers (re-saved files) as their digits. */
export function orderKey(value: unknown): string {
  if (typeof value === 'string') {
    const last = value.charCodeAt(value.length - 1);
    const first = value.charCodeAt(0);
    return last <= 32 || first <= 32 || last === 160 ? cleanText(value) : value;
  }
  return typeof value === 'number' ? value.toFixed(0) : cleanText(value);
}
