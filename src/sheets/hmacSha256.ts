import { hexOfBytes, type HmacSha256 } from '../core/api/hmacSha256';

type HmacUtilities = Pick<GoogleAppsScript.Utilities.Utilities, 'computeHmacSha256Signature' | 'Charset'>;

/** The API signature's HMAC in Apps Script: Utilities gives signed bytes, the API wants lowercase hex. */
export function appsScriptHmacSha256(utilities: HmacUtilities = Utilities): HmacSha256 {
  return (key, message) => hexOfBytes(utilities.computeHmacSha256Signature(message, key, utilities.Charset.UTF_8));
}
