import { DEFAULT_HEALTH_SETTINGS } from '../health/healthSettings';
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
  readonly currency: Sourced<{ readonly code: string; readonly symbol: string }>;
  readonly decimalMark: Sourced<DecimalMark>;
  /** LDR / VTR / SFCR limits; markets without a source get the US values, noted in the read-out. */
  readonly health: Sourced<HealthLimits>;
  readonly titleMinChars: Sourced<number>;
  /** Listing price band in the market's currency; undefined: no band known, none is checked. */
  readonly priceBand: Sourced<{ readonly min: number; readonly max: number } | undefined>;
}

const FACTS = 'shared/domain/tiktok-shop-facts.md';
const US_HEALTH: HealthLimits = {
  ldrLimit: DEFAULT_HEALTH_SETTINGS.ldrLimit,
  vtrTarget: DEFAULT_HEALTH_SETTINGS.vtrTarget,
  sfcrLimit: DEFAULT_HEALTH_SETTINGS.sfcrLimit,
};
const NO_HEALTH_SOURCE = (name: string): Sourced<HealthLimits> =>
  unsourced(US_HEALTH, `No ${name} Seller University page with these limits was found: the US limits apply until you set them.`);
const TITLE_US_UK = sourced(1);
const TITLE_ELSEWHERE = sourced(25);
const NO_PRICE_BAND = unsourced(
  undefined,
  'No price band in this currency was found: prices are not range-checked until you set qa.priceMin and qa.priceMax.',
);

type Row = Omit<MarketProfile, 'health' | 'titleMinChars' | 'priceBand'> & Partial<Pick<MarketProfile, 'health' | 'titleMinChars' | 'priceBand'>>;

function market(row: Row): MarketProfile {
  return {
    health: NO_HEALTH_SOURCE(row.name),
    titleMinChars: TITLE_ELSEWHERE,
    priceBand: NO_PRICE_BAND,
    ...row,
  };
}

const dayFirst = sourced<DateOrder | undefined>('DMY');
const currency = (code: string, symbol: string): Sourced<{ code: string; symbol: string }> => sourced({ code, symbol });
const zones = (...names: string[]): Sourced<readonly string[]> => sourced(names);

/** The markets TikTok Shop sells in, one row each (docs/MARKETS.md prints this table with its sources). */
export const MARKET_PROFILES: readonly MarketProfile[] = [
  market({
    code: 'US',
    locale: 'en-US',
    name: 'United States',
    timeZones: zones('America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/Anchorage', 'Pacific/Honolulu'),
    dateOrder: sourced<DateOrder | undefined>('MDY'),
    currency: currency('USD', '$'),
    decimalMark: sourced('.'),
    health: sourced(US_HEALTH),
    titleMinChars: TITLE_US_UK,
    priceBand: sourced({ min: 0.01, max: 7_600 }),
  }),
  market({
    code: 'UK',
    locale: 'en-GB',
    name: 'United Kingdom',
    timeZones: zones('Europe/London'),
    dateOrder: dayFirst,
    currency: currency('GBP', '£'),
    decimalMark: sourced('.'),
    titleMinChars: TITLE_US_UK,
  }),
  market({
    code: 'ID',
    locale: 'id-ID',
    name: 'Indonesia',
    timeZones: zones('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'),
    dateOrder: dayFirst,
    currency: currency('IDR', 'Rp'),
    decimalMark: sourced(','),
  }),
  market({
    code: 'TH',
    locale: 'th-TH',
    name: 'Thailand',
    timeZones: zones('Asia/Bangkok'),
    dateOrder: dayFirst,
    currency: currency('THB', '฿'),
    decimalMark: sourced('.'),
    health: unsourced(
      US_HEALTH,
      `SFCR ≤ 2.5% is also on TikTok Shop Seller University SU-TH:4260207925872400; no Thai page with LDR or VTR limits was found: the US limits apply until you set them.`,
    ),
  }),
  market({
    code: 'MY',
    locale: 'ms-MY',
    name: 'Malaysia',
    timeZones: zones('Asia/Kuala_Lumpur'),
    dateOrder: dayFirst,
    currency: currency('MYR', 'RM'),
    decimalMark: sourced('.'),
  }),
  market({
    code: 'VN',
    locale: 'vi-VN',
    name: 'Vietnam',
    timeZones: zones('Asia/Ho_Chi_Minh'),
    dateOrder: dayFirst,
    currency: currency('VND', '₫'),
    decimalMark: sourced(','),
  }),
  market({
    code: 'PH',
    locale: 'en-PH',
    name: 'Philippines',
    timeZones: zones('Asia/Manila'),
    dateOrder: unsourced(
      undefined,
      `Not settled: ${FACTS} says non-US exports are day-first, but CLDR's en-PH writes month first; no PH export was seen. Set dateOrder if your exports have only days ≤ 12.`,
    ),
    currency: currency('PHP', '₱'),
    decimalMark: sourced('.'),
  }),
  market({
    code: 'SG',
    locale: 'en-SG',
    name: 'Singapore',
    timeZones: zones('Asia/Singapore'),
    dateOrder: dayFirst,
    currency: currency('SGD', 'S$'),
    decimalMark: sourced('.'),
  }),
  market({
    code: 'ES',
    locale: 'es-ES',
    name: 'Spain',
    timeZones: zones('Europe/Madrid', 'Atlantic/Canary'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: sourced(','),
  }),
  market({
    code: 'DE',
    locale: 'de-DE',
    name: 'Germany',
    timeZones: zones('Europe/Berlin'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: sourced(','),
  }),
  market({
    code: 'FR',
    locale: 'fr-FR',
    name: 'France',
    timeZones: zones('Europe/Paris'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: sourced(','),
  }),
  market({
    code: 'IT',
    locale: 'it-IT',
    name: 'Italy',
    timeZones: zones('Europe/Rome'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: sourced(','),
  }),
  market({
    code: 'IE',
    locale: 'en-IE',
    name: 'Ireland',
    timeZones: zones('Europe/Dublin'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: sourced('.'),
  }),
  market({
    code: 'MX',
    locale: 'es-MX',
    name: 'Mexico',
    timeZones: zones('America/Mexico_City', 'America/Cancun', 'America/Chihuahua', 'America/Tijuana'),
    dateOrder: dayFirst,
    currency: currency('MXN', 'MX$'),
    decimalMark: sourced('.'),
  }),
  market({
    code: 'BR',
    locale: 'pt-BR',
    name: 'Brazil',
    timeZones: zones('America/Sao_Paulo', 'America/Manaus', 'America/Fortaleza', 'America/Rio_Branco'),
    dateOrder: dayFirst,
    currency: currency('BRL', 'R$'),
    decimalMark: sourced(','),
  }),
  market({
    code: 'JP',
    locale: 'ja-JP',
    name: 'Japan',
    timeZones: zones('Asia/Tokyo'),
    dateOrder: unsourced(
      undefined,
      'Not settled: Japanese dates are usually year first (2026/11/03, read without a setting); no JP export was seen. Set dateOrder if yours are DD/MM or MM/DD.',
    ),
    currency: currency('JPY', '¥'),
    decimalMark: sourced('.'),
  }),
];

const BY_CODE = new Map(MARKET_PROFILES.map((profile) => [profile.code, profile]));

export function marketProfile(code: MarketCode): MarketProfile {
  return BY_CODE.get(code)!;
}
