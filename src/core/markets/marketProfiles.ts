import type { DateOrder } from '../values/parseDateTime';
import type { DecimalMark } from '../values/parseNumber';
import type { MarketCode } from './marketCodes';

/**
 * A value, and whether a source backs it. An unsourced value is a stand-in (the US one, or none) and says why: the read-outs show
 * that note. The citations of sourced values are in marketSources.ts, which only docs/MARKETS.md's renderer imports.
 */
export type Sourced<T> = { readonly value: T; readonly sourced: true } | { readonly value: T; readonly sourced: false; readonly why: string };

const sourced = <T>(value: T): Sourced<T> => ({ value, sourced: true });
const unsourced = <T>(value: T, why: string): Sourced<T> => ({ value, sourced: false, why });

export interface HealthLimits {
  readonly ldrLimit: number;
  readonly vtrTarget: number;
  readonly sfcrLimit: number;
}

/** Everything a market implies about reading its exports and judging its shop. */
export interface MarketProfile {
  readonly code: MarketCode;
  readonly name: string;
  /** BCP 47 locale (CLDR) whose conventions the client update writes numbers and dates in; its decimal mark is the market's. */
  readonly locale: string;
  /** IANA zones; the first is the default (the capital's). */
  readonly timeZones: Sourced<readonly string[]>;
  /** Day/month order of `03/04/2026` in Seller Center exports; undefined: unknown, so such a date is refused until dateOrder is set. */
  readonly dateOrder: Sourced<DateOrder | undefined>;
  /** Day/month order of a date people there type (the locale's CLDR short date); undefined: year first (2026/11/03), so a typed 03/04/2026 is refused. */
  readonly typedDateOrder: Sourced<DateOrder | undefined>;
  /** People there type years in the Buddhist era (CLDR's default calendar of the locale: 3/11/2569 is 3 Nov 2026); exports do not. */
  readonly typedBuddhistEra: boolean;
  readonly currency: Sourced<{ readonly code: string; readonly symbol: string }>;
  readonly decimalMark: Sourced<DecimalMark>;
  /** LDR / VTR / SFCR limits; markets without a source get the US values, noted in the read-out. */
  readonly health: Sourced<HealthLimits>;
  readonly titleMinChars: Sourced<number>;
  /** Listing price band in the market's currency; undefined: no band known, none is checked. */
  readonly priceBand: Sourced<{ readonly min: number; readonly max: number } | undefined>;
}

/** The US limits (Seller University, cited in the Settings notes): the health settings' defaults, and every unsourced market's. */
export const US_HEALTH: HealthLimits = { ldrLimit: 0.04, vtrTarget: 0.95, sfcrLimit: 0.025 };
const NO_HEALTH_SOURCE = (name: string): Sourced<HealthLimits> =>
  unsourced(US_HEALTH, `No ${name} Seller University page with these limits was found: the US limits apply until you set them.`);
const TITLE_US_UK = sourced(1);
const TITLE_ELSEWHERE = sourced(25);
const NO_PRICE_BAND = unsourced(
  undefined,
  'No price band in this currency was found: prices are not range-checked until you set qa.priceMin and qa.priceMax.',
);

/** What a market row may set beyond its first columns; the rest default to the unsourced stand-ins above. */
type Extras = Partial<Pick<MarketProfile, 'health' | 'titleMinChars' | 'priceBand' | 'typedBuddhistEra'>>;

/**
 * One market: code, CLDR locale, name, IANA zones (space-separated, the capital's first), date order of its exports, of the
 * dates people type (its locale's), currency code and symbol, decimal mark; every column is sourced (marketSources.ts),
 * `extras` override the defaults.
 */
function market(
  code: MarketCode,
  locale: string,
  name: string,
  timeZones: string,
  dateOrder: DateOrder | Sourced<DateOrder | undefined>,
  typed: DateOrder | 'YMD',
  [currencyCode, symbol]: readonly [string, string],
  decimalMark: DecimalMark,
  extras: Extras = {},
): MarketProfile {
  return {
    code,
    locale,
    name,
    timeZones: sourced(timeZones.split(' ')),
    dateOrder: typeof dateOrder === 'string' ? sourced<DateOrder | undefined>(dateOrder) : dateOrder,
    typedDateOrder: sourced(typed === 'YMD' ? undefined : typed),
    typedBuddhistEra: false,
    currency: sourced({ code: currencyCode, symbol }),
    decimalMark: sourced(decimalMark),
    health: NO_HEALTH_SOURCE(name),
    titleMinChars: TITLE_ELSEWHERE,
    priceBand: NO_PRICE_BAND,
    ...extras,
  };
}

/** A market whose exports' date order no export or page shows: a file's own clock or a day over 12 must settle it. */
const NO_DATE_ORDER_SOURCE = (name: string): Sourced<DateOrder | undefined> =>
  unsourced(
    undefined,
    `No ${name} export was seen, so its date order has no source: a file with an AM/PM clock (month first), a 24-hour clock (day first) or a day over 12 is read; any other is refused until you set dateOrder.`,
  );
const JP_DATE_ORDER = unsourced<DateOrder | undefined>(
  undefined,
  'Not settled: Japanese dates are usually year first (2026/11/03, read without a setting); no JP export was seen. Set dateOrder if yours are DD/MM or MM/DD.',
);

/** The markets TikTok Shop sells in, one row each (docs/MARKETS.md prints this table with its sources). */
export const MARKET_PROFILES: readonly MarketProfile[] = [
  market(
    'US',
    'en-US',
    'United States',
    'America/Los_Angeles America/Denver America/Chicago America/New_York America/Anchorage Pacific/Honolulu',
    'MDY',
    'MDY',
    ['USD', '$'],
    '.',
    {
      health: sourced(US_HEALTH),
      titleMinChars: TITLE_US_UK,
      priceBand: sourced({ min: 0.01, max: 7_600 }),
    },
  ),
  market('UK', 'en-GB', 'United Kingdom', 'Europe/London', NO_DATE_ORDER_SOURCE('United Kingdom'), 'DMY', ['GBP', '£'], '.', {
    titleMinChars: TITLE_US_UK,
  }),
  market('ID', 'id-ID', 'Indonesia', 'Asia/Jakarta Asia/Makassar Asia/Jayapura', 'DMY', 'DMY', ['IDR', 'Rp'], ','),
  market('TH', 'th-TH', 'Thailand', 'Asia/Bangkok', 'DMY', 'DMY', ['THB', '฿'], '.', {
    typedBuddhistEra: true,
    health: unsourced(
      US_HEALTH,
      `SFCR ≤ 2.5% is also on TikTok Shop Seller University SU-TH:4260207925872400; no Thai page with LDR or VTR limits was found: the US limits apply until you set them.`,
    ),
  }),
  market('MY', 'ms-MY', 'Malaysia', 'Asia/Kuala_Lumpur', 'DMY', 'DMY', ['MYR', 'RM'], '.'),
  market('VN', 'vi-VN', 'Vietnam', 'Asia/Ho_Chi_Minh', 'DMY', 'DMY', ['VND', '₫'], ','),
  market('PH', 'en-PH', 'Philippines', 'Asia/Manila', 'DMY', 'MDY', ['PHP', '₱'], '.'),
  market('SG', 'en-SG', 'Singapore', 'Asia/Singapore', NO_DATE_ORDER_SOURCE('Singapore'), 'DMY', ['SGD', 'S$'], '.'),
  market('ES', 'es-ES', 'Spain', 'Europe/Madrid Atlantic/Canary', 'MDY', 'DMY', ['EUR', '€'], ','),
  market('DE', 'de-DE', 'Germany', 'Europe/Berlin', 'MDY', 'DMY', ['EUR', '€'], ','),
  market('FR', 'fr-FR', 'France', 'Europe/Paris', 'MDY', 'DMY', ['EUR', '€'], ','),
  market('IT', 'it-IT', 'Italy', 'Europe/Rome', 'MDY', 'DMY', ['EUR', '€'], ','),
  market('IE', 'en-IE', 'Ireland', 'Europe/Dublin', 'MDY', 'DMY', ['EUR', '€'], '.'),
  market('MX', 'es-MX', 'Mexico', 'America/Mexico_City America/Cancun America/Chihuahua America/Tijuana', 'MDY', 'DMY', ['MXN', 'MX$'], '.'),
  market('BR', 'pt-BR', 'Brazil', 'America/Sao_Paulo America/Manaus America/Fortaleza America/Rio_Branco', 'MDY', 'DMY', ['BRL', 'R$'], ','),
  market('JP', 'ja-JP', 'Japan', 'Asia/Tokyo', JP_DATE_ORDER, 'YMD', ['JPY', '¥'], '.'),
];

const BY_CODE = new Map(MARKET_PROFILES.map((profile) => [profile.code, profile]));

export function marketProfile(code: MarketCode): MarketProfile {
  return BY_CODE.get(code)!;
}
