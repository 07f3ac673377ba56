/**
 * HMAC-SHA256 of a UTF-8 message under a UTF-8 key, as lowercase hex: a port, because the core may use
 * neither Node's crypto nor Apps Script's Utilities (src/local and src/sheets implement it).
 */
export type HmacSha256 = (key: string, message: string) => string;

/** Bytes (Apps Script gives signed ones, -128..127) as lowercase hex, two digits each. */
export function hexOfBytes(bytes: readonly number[]): string {
  let hex = '';
  for (const byte of bytes) hex += ((byte & 0xff) < 16 ? '0' : '') + (byte & 0xff).toString(16);
  return hex;
}
