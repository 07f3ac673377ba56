import type { Rng } from './random';
import { cat } from './text';

export type Carrier = 'USPS' | 'UPS' | 'FedEx' | 'DHL eCommerce' | 'OnTrac';

export const CARRIERS: readonly (readonly [Carrier, number])[] = [
  ['USPS', 55],
  ['UPS', 20],
  ['FedEx', 12],
  ['DHL eCommerce', 8],
  ['OnTrac', 5],
];

const ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** A tracking number shaped like the carrier's real ones (random digits, so not a real parcel). */
export function trackingNumber(carrier: Carrier, rng: Rng): string {
  switch (carrier) {
    case 'USPS':
      return cat('92', rng.pick(['00190', '05590', '61290', '74890']), rng.digits(15));
    case 'UPS': {
      const chars = ['1Z'];
      for (let i = 0; i < 16; i++) chars.push(ALNUM[rng.int(0, ALNUM.length - 1)]);
      return chars.join('');
    }
    case 'FedEx':
      return cat(rng.int(2, 7), rng.digits(11));
    case 'DHL eCommerce':
      return cat('GM', rng.digits(18));
    case 'OnTrac':
      return cat('D', rng.int(1, 2), rng.digits(13));
  }
}

/** What a missing or mistyped tracking number looks like in a real export. */
export const BAD_TRACKING = ['', 'N/A', 'TBD', '123', '0000000000', 'see note', '1Z123'];
