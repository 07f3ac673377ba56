import { cleanText } from '../values/cleanText';

/** A carrier, the words naming it in 'Shipping Provider Name', and the shapes of its tracking numbers (spaces and dashes removed, upper case). */
export interface CarrierTracking {
  readonly carrier: string;
  readonly names: RegExp;
  readonly formats: readonly RegExp[];
  /** The formats in words, for the Note and the docs. */
  readonly described: string;
}

export const CARRIER_TRACKING: readonly CarrierTracking[] = [
  {
    carrier: 'USPS',
    names: /\busps\b|postal service/i,
    formats: [/^\d{20,22}$/, /^[A-Z]{2}\d{9}US$/],
    described: '20–22 digits such as 9400…, or 13 characters such as AA123456789US',
  },
  { carrier: 'UPS', names: /\bups\b|united parcel/i, formats: [/^1Z[0-9A-Z]{16}$/], described: '1Z followed by 16 letters or digits' },
  { carrier: 'FedEx', names: /fed\s*ex|federal express/i, formats: [/^(?:\d{12}|\d{15}|\d{20}|\d{22})$/], described: '12, 15, 20 or 22 digits' },
  {
    carrier: 'DHL',
    names: /\bdhl\b/i,
    formats: [/^\d{10}$/, /^GM[0-9A-Z]{8,38}$/, /^[0-9A-Z]{16,22}$/],
    described: '10 digits, or eCommerce numbers: GM… or 16–22 letters and digits',
  },
  {
    carrier: 'OnTrac',
    names: /on\s*trac|lasership/i,
    formats: [/^[CD]\d{14}$/, /^1LS[0-9A-Z]{7,37}$/],
    described: 'C or D followed by 14 digits, or 1LS…',
  },
];

/** Any other carrier: present and 8–40 letters or digits. */
const OTHER_CARRIER_FORMAT = /^[0-9A-Z]{8,40}$/;
const OTHER_CARRIER_DESCRIBED = '8–40 letters or digits';
/** Words typed where a number should be: as good as no number. */
const PLACEHOLDER = /^(?:N\/?A|TBD|TBA|NONE|NULL|PENDING|UNKNOWN|SEENOTE)$/;

export type TrackingVerdict = 'valid' | 'missing' | 'implausible';

/** The carrier a 'Shipping Provider Name' names, or undefined for one the table does not know. */
export function carrierOf(provider: unknown): CarrierTracking | undefined {
  const name = cleanText(provider);
  return name ? CARRIER_TRACKING.find((c) => c.names.test(name)) : undefined;
}

/** What a valid number looks like for the provider, in words. */
export function expectedTracking(provider: unknown): string {
  return carrierOf(provider)?.described ?? OTHER_CARRIER_DESCRIBED;
}

/**
 * A 'Tracking ID' cell judged against its carrier. A number cell counts only while it still holds
 * every digit (a spreadsheet turns 22-digit numbers into 9.2E+21); 'N/A', 'TBD' and the like are
 * missing; a run of one repeated character ('0000000000') is not a number.
 */
export function judgeTracking(tracking: unknown, provider: unknown): TrackingVerdict {
  let text: string;
  if (typeof tracking === 'number') {
    if (!Number.isSafeInteger(tracking) || tracking <= 0) return 'implausible';
    text = tracking.toFixed(0);
  } else {
    text = cleanText(tracking)
      .replace(/[\s-]+/g, '')
      .toUpperCase();
  }
  if (!text || PLACEHOLDER.test(text)) return 'missing';
  if (/^(.)\1*$/.test(text)) return 'implausible';
  const carrier = carrierOf(provider);
  const formats = carrier ? carrier.formats : [OTHER_CARRIER_FORMAT];
  return formats.some((format) => format.test(text)) ? 'valid' : 'implausible';
}
