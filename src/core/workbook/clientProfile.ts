/** Who the workbook is for: shown in read-out titles; the currency picks the money format. */
export interface ClientProfile {
  name: string;
  /** ISO 4217 code, e.g. USD. */
  currency: string;
  /** TikTok Shop region (market), e.g. US, UK. */
  region: string;
  /** Who prepares the client update (its "prepared by" line). */
  accountManager: string;
  /** The client's e-mail addresses the update's Gmail draft is addressed to. */
  contacts: string[];
  /** Whether Export client update also leaves a Gmail draft (never sent). */
  emailDraft: boolean;
}

export const DEFAULT_CLIENT: ClientProfile = { name: '', currency: 'USD', region: 'US', accountManager: '', contacts: [], emailDraft: false };
