import { DEFAULT_HEALTH_SETTINGS } from '../health/healthSettings';
import type { DateOrder } from '../values/parseDateTime';
import type { DecimalMark } from '../values/parseNumber';
import type { AnalyticsLanguage } from './analyticsHeaders';
import type { MarketCode } from './marketCodes';

/** A value and where it comes from; `sourced: false` means no source was found and the value is a stand-in (the US one, or none). */
export interface Sourced<T> {
  readonly value: T;
  readonly source: string;
  readonly sourced: boolean;
}

const from = <T>(value: T, source: string): Sourced<T> => ({ value, source, sourced: true });
const unsourced = <T>(value: T, why: string): Sourced<T> => ({ value, source: why, sourced: false });

export interface HealthLimits {
  readonly ldrLimit: number;
  readonly vtrTarget: number;
  readonly sfcrLimit: number;
}

/** Everything a market implies about reading its exports and judging its shop. */
export interface MarketProfile {
  readonly code: MarketCode;
  readonly name: string;
  /** BCP 47 locale whose CLDR data gives the number marks (checked against Intl in the tests). */
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
  /** Seller Center language whose Data Compass headers are also accepted (every language's are). */
  readonly language: AnalyticsLanguage;
}

const FACTS = 'shared/domain/tiktok-shop-facts.md';
const SU = (region: string, id: string): string => `TikTok Shop Seller University SU-${region}:${id}`;
const TZ = 'IANA tz database (zone1970.tab), the capital’s zone';
const MULTI_ZONE = 'IANA tz database (zone1970.tab); the market spans several zones: the first is the default, keep yours in Settings';
const ISO_4217 = 'ISO 4217; symbol as CLDR writes it';
const CLDR = (locale: string): string => `Unicode CLDR number symbols of ${locale} (checked against Intl.NumberFormat)`;
const DAY_FIRST = `Seller Center exports outside the US write DD/MM/YYYY HH:mm:ss (${FACTS}, order export quirks)`;
const US_HEALTH: HealthLimits = {
  ldrLimit: DEFAULT_HEALTH_SETTINGS.ldrLimit,
  vtrTarget: DEFAULT_HEALTH_SETTINGS.vtrTarget,
  sfcrLimit: DEFAULT_HEALTH_SETTINGS.sfcrLimit,
};
const US_HEALTH_SOURCE = `${SU('US', '3668989549299511')} (LDR ≤ 4%), ${SU('US', '1274968588748558')} (VTR ≥ 95%), ${SU('US', '7953001314830094')} (SFCR ≤ 2.5%)`;
const NO_HEALTH_SOURCE = (name: string): Sourced<HealthLimits> =>
  unsourced(US_HEALTH, `No ${name} Seller University page with these limits was found: the US limits apply until you set them.`);
const TITLE_US_UK = from(1, `${SU('US', '3196690250417921')} (US/UK titles 1–255 characters)`);
const TITLE_ELSEWHERE = from(25, `${SU('US', '3196690250417921')} (25–255 characters outside the US and UK)`);
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

const dayFirst = from<DateOrder | undefined>('DMY', DAY_FIRST);
const currency = (code: string, symbol: string): Sourced<{ code: string; symbol: string }> => from({ code, symbol }, ISO_4217);
const zone = (name: string): Sourced<readonly string[]> => from([name], TZ);

/** The markets TikTok Shop sells in, one row each (docs/MARKETS.md prints this table with its sources). */
export const MARKET_PROFILES: readonly MarketProfile[] = [
  market({
    code: 'US',
    name: 'United States',
    locale: 'en-US',
    timeZones: from(
      ['America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/Anchorage', 'Pacific/Honolulu'],
      `${MULTI_ZONE}; Pacific first because Seller Center's dispatch cut-off is 11:59 PM PST (${SU('US', '8064131472115499')})`,
    ),
    dateOrder: from<DateOrder | undefined>('MDY', `US exports write MM/DD/YYYY hh:mm:ss AM/PM (${FACTS})`),
    currency: currency('USD', '$'),
    decimalMark: from('.', CLDR('en-US')),
    health: from(US_HEALTH, US_HEALTH_SOURCE),
    titleMinChars: TITLE_US_UK,
    priceBand: from({ min: 0.01, max: 7_600 }, `US price 0.01–7,600 USD (${FACTS}, product listing rules)`),
    language: 'en',
  }),
  market({
    code: 'UK',
    name: 'United Kingdom',
    locale: 'en-GB',
    timeZones: zone('Europe/London'),
    dateOrder: dayFirst,
    currency: currency('GBP', '£'),
    decimalMark: from('.', CLDR('en-GB')),
    titleMinChars: TITLE_US_UK,
    language: 'en',
  }),
  market({
    code: 'ID',
    name: 'Indonesia',
    locale: 'id-ID',
    timeZones: from(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], MULTI_ZONE),
    dateOrder: dayFirst,
    currency: currency('IDR', 'Rp'),
    decimalMark: from(',', CLDR('id-ID')),
    language: 'id',
  }),
  market({
    code: 'TH',
    name: 'Thailand',
    locale: 'th-TH',
    timeZones: zone('Asia/Bangkok'),
    dateOrder: dayFirst,
    currency: currency('THB', '฿'),
    decimalMark: from('.', CLDR('th-TH')),
    health: unsourced(
      US_HEALTH,
      `SFCR ≤ 2.5% is also on ${SU('TH', '4260207925872400')}; no Thai page with LDR or VTR limits was found: the US limits apply until you set them.`,
    ),
    language: 'th',
  }),
  market({
    code: 'MY',
    name: 'Malaysia',
    locale: 'ms-MY',
    timeZones: zone('Asia/Kuala_Lumpur'),
    dateOrder: dayFirst,
    currency: currency('MYR', 'RM'),
    decimalMark: from('.', CLDR('ms-MY')),
    language: 'ms',
  }),
  market({
    code: 'VN',
    name: 'Vietnam',
    locale: 'vi-VN',
    timeZones: zone('Asia/Ho_Chi_Minh'),
    dateOrder: dayFirst,
    currency: currency('VND', '₫'),
    decimalMark: from(',', CLDR('vi-VN')),
    language: 'vi',
  }),
  market({
    code: 'PH',
    name: 'Philippines',
    locale: 'en-PH',
    timeZones: zone('Asia/Manila'),
    dateOrder: unsourced(
      undefined,
      `Not settled: ${FACTS} says non-US exports are day-first, but CLDR's en-PH writes month first; no PH export was seen. Set dateOrder if your exports have only days ≤ 12.`,
    ),
    currency: currency('PHP', '₱'),
    decimalMark: from('.', CLDR('en-PH')),
    language: 'en',
  }),
  market({
    code: 'SG',
    name: 'Singapore',
    locale: 'en-SG',
    timeZones: zone('Asia/Singapore'),
    dateOrder: dayFirst,
    currency: currency('SGD', 'S$'),
    decimalMark: from('.', CLDR('en-SG')),
    language: 'en',
  }),
  market({
    code: 'ES',
    name: 'Spain',
    locale: 'es-ES',
    timeZones: from(['Europe/Madrid', 'Atlantic/Canary'], MULTI_ZONE),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: from(',', CLDR('es-ES')),
    language: 'es',
  }),
  market({
    code: 'DE',
    name: 'Germany',
    locale: 'de-DE',
    timeZones: zone('Europe/Berlin'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: from(',', CLDR('de-DE')),
    language: 'de',
  }),
  market({
    code: 'FR',
    name: 'France',
    locale: 'fr-FR',
    timeZones: zone('Europe/Paris'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: from(',', CLDR('fr-FR')),
    language: 'fr',
  }),
  market({
    code: 'IT',
    name: 'Italy',
    locale: 'it-IT',
    timeZones: zone('Europe/Rome'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: from(',', CLDR('it-IT')),
    language: 'it',
  }),
  market({
    code: 'IE',
    name: 'Ireland',
    locale: 'en-IE',
    timeZones: zone('Europe/Dublin'),
    dateOrder: dayFirst,
    currency: currency('EUR', '€'),
    decimalMark: from('.', CLDR('en-IE')),
    language: 'en',
  }),
  market({
    code: 'MX',
    name: 'Mexico',
    locale: 'es-MX',
    timeZones: from(['America/Mexico_City', 'America/Cancun', 'America/Chihuahua', 'America/Tijuana'], MULTI_ZONE),
    dateOrder: dayFirst,
    currency: currency('MXN', 'MX$'),
    decimalMark: from('.', CLDR('es-MX')),
    language: 'es',
  }),
  market({
    code: 'BR',
    name: 'Brazil',
    locale: 'pt-BR',
    timeZones: from(['America/Sao_Paulo', 'America/Manaus', 'America/Fortaleza', 'America/Rio_Branco'], MULTI_ZONE),
    dateOrder: dayFirst,
    currency: currency('BRL', 'R$'),
    decimalMark: from(',', CLDR('pt-BR')),
    language: 'pt',
  }),
  market({
    code: 'JP',
    name: 'Japan',
    locale: 'ja-JP',
    timeZones: zone('Asia/Tokyo'),
    dateOrder: unsourced(
      undefined,
      'Not settled: Japanese dates are usually year first (2026/11/03, read without a setting); no JP export was seen. Set dateOrder if yours are DD/MM or MM/DD.',
    ),
    currency: currency('JPY', '¥'),
    decimalMark: from('.', CLDR('ja-JP')),
    language: 'ja',
  }),
];

const BY_CODE = new Map(MARKET_PROFILES.map((profile) => [profile.code, profile]));

export function marketProfile(code: MarketCode): MarketProfile {
  return BY_CODE.get(code)!;
}
