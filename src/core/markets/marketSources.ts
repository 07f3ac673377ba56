// Where each market profile value comes from, for docs/MARKETS.md only: the add-on shows just the notes of unsourced values (in marketProfiles.ts), so no runtime module imports this.
import type { AnalyticsLanguage } from './analyticsHeaders';
import type { MarketCode } from './marketCodes';
import type { MarketProfile } from './marketProfiles';

export type ProfileField = 'timeZones' | 'dateOrder' | 'typedDateOrder' | 'currency' | 'decimalMark' | 'health' | 'titleMinChars' | 'priceBand';

const SU = (region: string, id: string): string => `TikTok Shop Seller University SU-${region}:${id}`;
const MULTI_ZONE = 'IANA tz database (zone1970.tab); the market spans several zones: the first is the default, keep yours in Settings';

/** Each market's Seller Center language, whose Data Compass headers are accepted (every language's are, whatever the market). */
export const MARKET_LANGUAGES: { readonly [code in MarketCode]: AnalyticsLanguage } = {
  US: 'en',
  UK: 'en',
  ID: 'id',
  TH: 'th',
  MY: 'ms',
  VN: 'vi',
  PH: 'en',
  SG: 'en',
  ES: 'es',
  DE: 'de',
  FR: 'fr',
  IT: 'it',
  IE: 'en',
  MX: 'es',
  BR: 'pt',
  JP: 'ja',
};

const TWELVE_HOUR = 'a 12-hour clock with AM/PM, month first';
const TWENTY_FOUR_HOUR = 'a 24-hour clock, day first';
/** What each market's order exports were seen to write (the clock tells the order; the locale does not). */
const DATE_ORDER_EVIDENCE: Partial<Record<MarketCode, string>> = {
  US: `US order exports write 11/22/2026 11:47:30 PM (${TWELVE_HOUR})`,
  MX: `Mexican order exports write MM/DD/YYYY h:mm:ss AM/PM, as public parsers of them read it (${TWELVE_HOUR}; es-MX writes day first, the export does not)`,
  BR: `a Brazilian order export writes 12/15/2025 9:30:33 AM (${TWELVE_HOUR}; pt-BR writes day first, the export does not)`,
  DE: `a German order export writes 04/08/2025 6:54:12 AM (${TWELVE_HOUR}; de-DE writes day first, the export does not)`,
  ES: `EU Seller Center exports write as the German one: MM/DD/YYYY h:mm:ss AM/PM (${TWELVE_HOUR})`,
  FR: `EU Seller Center exports write as the German one: MM/DD/YYYY h:mm:ss AM/PM (${TWELVE_HOUR})`,
  IT: `EU Seller Center exports write as the German one: MM/DD/YYYY h:mm:ss AM/PM (${TWELVE_HOUR})`,
  IE: `EU Seller Center exports write as the German one: MM/DD/YYYY h:mm:ss AM/PM (${TWELVE_HOUR})`,
  ID: `Indonesian order exports write DD/MM/YYYY HH:mm:ss (${TWENTY_FOUR_HOUR})`,
  TH: `Thai order exports write DD/MM/YYYY HH:mm:ss (${TWENTY_FOUR_HOUR})`,
  VN: `Vietnamese order exports write DD/MM/YYYY HH:mm:ss (${TWENTY_FOUR_HOUR})`,
  MY: `Malaysian order exports write DD/MM/YYYY HH:mm:ss (${TWENTY_FOUR_HOUR})`,
  PH: `Philippine order exports write DD/MM/YYYY HH:mm:ss (${TWENTY_FOUR_HOUR}; en-PH writes month first, the export does not)`,
};

const TYPED_ORDER = {
  DMY: 'day first',
  MDY: 'month first',
  YMD: 'year first (2026/11/03 reads without a setting; a typed 03/11/2026 is refused until typedDateOrder is set)',
};

/** Citations that hold for one market only. */
const OWN_SOURCES: Partial<Record<MarketCode, Partial<Record<ProfileField, string>>>> = {
  US: {
    timeZones: `${MULTI_ZONE}; Pacific first because Seller Center's dispatch cut-off is 11:59 PM PST (${SU('US', '8064131472115499')})`,
    health: `${SU('US', '3668989549299511')} (LDR ≤ 4%), ${SU('US', '1274968588748558')} (VTR ≥ 95%), ${SU('US', '7953001314830094')} (SFCR ≤ 2.5%)`,
    priceBand: "US price 0.01–7,600 USD (Seller Center's product listing limits, docs/CHECKS.md)",
  },
};

/** Citations that hold for every market whose value is sourced; health limits and price bands have none (each is cited per market). */
const SHARED_SOURCES: Partial<Record<ProfileField, (profile: MarketProfile) => string | undefined>> = {
  timeZones: (p) => (p.timeZones.value.length > 1 ? MULTI_ZONE : 'IANA tz database (zone1970.tab), the capital’s zone'),
  dateOrder: (p) => DATE_ORDER_EVIDENCE[p.code],
  typedDateOrder: (p) =>
    `Unicode CLDR short date pattern of ${p.locale}: ${TYPED_ORDER[p.typedDateOrder.value ?? 'YMD']} (checked against Intl.DateTimeFormat)`,
  currency: () => 'ISO 4217; symbol as CLDR writes it',
  decimalMark: (p) => `Unicode CLDR number symbols of ${p.locale} (checked against Intl.NumberFormat)`,
  titleMinChars: (p) =>
    p.titleMinChars.value === 1
      ? `${SU('US', '3196690250417921')} (US/UK titles 1–255 characters)`
      : `${SU('US', '3196690250417921')} (25–255 characters outside the US and UK)`,
};

/** The citation of a sourced value, or the note of an unsourced one. */
export function marketSource(profile: MarketProfile, field: ProfileField): string {
  const value = profile[field];
  if (!value.sourced) return value.why;
  const source = OWN_SOURCES[profile.code]?.[field] ?? SHARED_SOURCES[field]?.(profile);
  if (source === undefined) throw new Error(`${profile.code} ${field} is marked sourced but has no citation in marketSources.ts.`);
  return source;
}

/** Whether a language's Data Compass headers were seen in a real export, or translated from the English ones. */
export function analyticsHeaderSource(language: Exclude<AnalyticsLanguage, 'en'>): string {
  return language === 'vi'
    ? 'Seen in a Vietnamese Data Compass export; product name is a translation.'
    : 'Translation of the English headers, not yet checked against an export in this language: tell us the exact headers if one differs.';
}
