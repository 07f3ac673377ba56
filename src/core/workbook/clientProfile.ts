/** Who the workbook is for: shown in read-out titles; the currency picks the money format. */
export interface ClientProfile {
  name: string;
  /** ISO 4217 code, e.g. USD. */
  currency: string;
  /** TikTok Shop region (market), e.g. US, UK. */
  region: string;
}

export const DEFAULT_CLIENT: ClientProfile = { name: '', currency: 'USD', region: 'US' };
