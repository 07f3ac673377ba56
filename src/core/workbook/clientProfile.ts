import type { MarketCode } from '../markets/marketCodes';

/** Who the workbook is for: shown in read-out titles; the market implies the other defaults; the currency picks the money format. */
export interface ClientProfile {
  name: string;
  /** TikTok Shop market (US, UK, ID, …); '' until set: then no market default applies and ambiguous dates are refused. */
  market: MarketCode | '';
  /** ISO 4217 code, e.g. USD. */
  currency: string;
}

export const DEFAULT_CLIENT: ClientProfile = { name: '', market: '', currency: 'USD' };
