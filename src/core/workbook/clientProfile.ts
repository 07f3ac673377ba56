import type { MarketCode } from '../markets/marketCodes';

/** Who the workbook is for: shown in read-out titles; the market implies the other defaults; the currency picks the money format. */
export interface ClientProfile {
  name: string;
  /** TikTok Shop market (US, UK, ID, …); '' until set: then no market default applies and ambiguous dates are refused. */
  market: MarketCode | '';
  /** ISO 4217 code, e.g. USD. */
  currency: string;
  /** Who prepares the client update (its "prepared by" line). */
  accountManager: string;
  /** The client's e-mail addresses the update's Gmail draft is addressed to. */
  contacts: string[];
  /** Whether Deliver client update also leaves a Gmail draft (never sent). */
  emailDraft: boolean;
  /** The TikTok Shop connected for pulls (its id, name and region as the API lists them); never a token. */
  shopId: string;
  shopName: string;
  shopRegion: string;
}

export const DEFAULT_CLIENT: ClientProfile = {
  name: '',
  market: '',
  currency: 'USD',
  accountManager: '',
  contacts: [],
  emailDraft: false,
  shopId: '',
  shopName: '',
  shopRegion: '',
};
