import type { Settings } from './settings';
import type { MarketCode } from '../markets/marketCodes';
import { marketProfile } from '../markets/marketProfiles';

/** Settings keys (as the Settings tab names them) whose default comes from the market; each stays overridable on its own row. */
export const MARKET_IMPLIED_KEYS = [
  'client.currency',
  'timeZone',
  'dateOrder',
  'typedDateOrder',
  'typedBuddhistEra',
  'decimalMark',
  'health.holidayCalendar',
  'health.ldrLimit',
  'health.vtrTarget',
  'health.sfcrLimit',
  'qa.titleMinChars',
  'qa.priceMin',
  'qa.priceMax',
  'qa.couponMinAmountOff',
] as const;

/** The highest price the Settings range check allows: no upper bound in effect. */
const NO_PRICE_LIMIT = 1_000_000_000;

/**
 * The defaults a market implies over `settings` (time zone, date order, number marks, holiday
 * calendar, health limits, listing limits) and the currency. A zone of the market's own (the
 * spreadsheet's, when the market spans several) is kept; otherwise the capital's applies.
 */
export function marketDefaults(settings: Settings, market: MarketCode): { settings: Settings; currency: string } {
  const profile = marketProfile(market);
  const zones = profile.timeZones.value;
  const band = profile.priceBand.value;
  const usMoney = market === 'US';
  return {
    currency: profile.currency.value.code,
    settings: {
      ...settings,
      timeZone: zones.includes(settings.timeZone) ? settings.timeZone : zones[0],
      dateOrder: profile.dateOrder.value,
      typedDateOrder: profile.typedDateOrder.value,
      typedBuddhistEra: profile.typedBuddhistEra,
      decimalMark: profile.decimalMark.value,
      health: { ...settings.health, ...profile.health.value, holidayCalendar: market },
      qa: {
        ...settings.qa,
        titleMinChars: profile.titleMinChars.value,
        priceMin: band ? band.min : 0,
        priceMax: band ? band.max : NO_PRICE_LIMIT,
        couponMinAmountOff: usMoney ? settings.qa.couponMinAmountOff : 0,
      },
    },
  };
}

/** What the read-outs say about a market's values that had no source (the US value, or no check, applies). */
export function unsourcedNotes(market: MarketCode): string[] {
  const profile = marketProfile(market);
  const fields = [
    ['Date order', profile.dateOrder],
    ['Health limits', profile.health],
    ['Listing price band', profile.priceBand],
  ] as const;
  return fields.flatMap(([label, field]) => (field.sourced ? [] : [`${label} (${market}): ${field.why}`]));
}

/** Set-up's word when the spreadsheet's time zone is not the market's (Sheets shows date cells in the spreadsheet's zone); '' when it is. */
export function marketZoneAdvice(market: MarketCode | '', spreadsheetZone: string): string {
  if (!market) return 'No market proposed from this spreadsheet’s locale: choose it on the Settings tab (client.market).';
  const zones = marketProfile(market).timeZones.value;
  if (zones.includes(spreadsheetZone))
    return `Market ${market} (from the spreadsheet’s locale): change it on the Settings tab if the shop sells elsewhere.`;
  return `Market ${market}: set File → Settings → Time zone to ${zones[0]} (now ${spreadsheetZone}), or type the shop’s zone in the Settings row timeZone.`;
}
