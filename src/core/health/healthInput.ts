import type { DayRange } from '../metrics/dayRange';
import type { Settings } from '../settings';
import { cleanText } from '../values/cleanText';
import type { HealthOrders } from './healthOrders';

/** What every health metric reads: the export's orders, the window, and the settings. */
export interface HealthInput {
  readonly orders: HealthOrders;
  readonly window: DayRange;
  readonly settings: Settings;
}

const FULFILLED_BY_TIKTOK = /tiktok/i;

/** Per order, 1 when 'Fulfillment Type' names TikTok: the platform ships these, so LDR, VTR and SFCR leave them out (SU-US:7774796411864833). */
export function fulfilledByTikTok(orders: HealthOrders): Uint8Array {
  return orders.flags('fulfillmentType', (cell) => FULFILLED_BY_TIKTOK.test(cleanText(cell)));
}
