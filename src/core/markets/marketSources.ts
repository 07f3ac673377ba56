// Where each market profile value comes from, for docs/MARKETS.md only: the add-on shows just the notes of unsourced values (in marketProfiles.ts), so no runtime module imports this.
import type { AnalyticsLanguage } from './analyticsHeaders';
import type { MarketCode } from './marketCodes';
import type { MarketProfile } from './marketProfiles';

export type ProfileField = 'timeZones' | 'dateOrder' | 'currency' | 'decimalMark' | 'health' | 'titleMinChars' | 'priceBand';

const FACTS = 'shared/domain/tiktok-shop-facts.md';
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

/** Citations that hold for one market only. */
const OWN_SOURCES: Partial<Record<MarketCode, Partial<Record<ProfileField, string>>>> = {
  US: {
    timeZones: `${MULTI_ZONE}; Pacific first because Seller Center's dispatch cut-off is 11:59 PM PST (${SU('US', '8064131472115499')})`,
    dateOrder: `US exports write MM/DD/YYYY hh:mm:ss AM/PM (${FACTS})`,
    health: `${SU('US', '3668989549299511')} (LDR ≤ 4%), ${SU('US', '1274968588748558')} (VTR ≥ 95%), ${SU('US', '7953001314830094')} (SFCR ≤ 2.5%)`,
    priceBand: `US price 0.01–7,600 USD (${FACTS}, product listing rules)`,
  },
};

/** Citations that hold for every market whose value is sourced; health limits and price bands have none (each is cited per market). */
const SHARED_SOURCES: Partial<Record<ProfileField, (profile: MarketProfile) => string>> = {
  timeZones: (p) => (p.timeZones.value.length > 1 ? MULTI_ZONE : 'IANA tz database (zone1970.tab), the capital’s zone'),
  dateOrder: () => `Seller Center exports outside the US write DD/MM/YYYY HH:mm:ss (${FACTS}, order export quirks)`,
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
    ? 'Seen in a Vietnamese Data Compass export (issue 10; shared/domain/tiktok-shop-facts.md); product name is a translation.'
    : 'Translation of the English headers, not yet checked against an export in this language: tell us the exact headers if one differs.';
}
