import { isMarketCode, type MarketCode } from './marketCodes';

/** Languages spoken in one TikTok Shop market only, for a locale without a region (`id`, `vi`). */
const MARKET_OF_LANGUAGE: Readonly<Record<string, MarketCode>> = {
  id: 'ID',
  in: 'ID',
  th: 'TH',
  ms: 'MY',
  vi: 'VN',
  fil: 'PH',
  tl: 'PH',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  ja: 'JP',
};

/**
 * The market a spreadsheet locale suggests (`en_GB` → UK, `pt_BR` → BR, `id` → ID), or '' when it
 * does not name one (`en`, `es`, `zh_CN`): set-up proposes it, the user confirms it on the Settings tab.
 */
export function marketFromLocale(locale: string): MarketCode | '' {
  const [language, region] = locale.replace('-', '_').split('_');
  const regionCode = region?.toUpperCase() === 'GB' ? 'UK' : region?.toUpperCase();
  if (regionCode && isMarketCode(regionCode)) return regionCode;
  return MARKET_OF_LANGUAGE[language?.toLowerCase() ?? ''] ?? '';
}
