import { createHmac } from 'node:crypto';
import type { HmacSha256 } from '../../core/api/hmacSha256';

/** The API signature's HMAC on Node. */
export const nodeHmacSha256: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest('hex');
