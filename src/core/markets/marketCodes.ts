/** The markets TikTok Shop sells in, by the code Seller Center uses (UK, not GB). */
export const MARKET_CODES = ['US', 'UK', 'ID', 'TH', 'MY', 'VN', 'PH', 'SG', 'ES', 'DE', 'FR', 'IT', 'IE', 'MX', 'BR', 'JP'] as const;

export type MarketCode = (typeof MARKET_CODES)[number];

export function isMarketCode(text: string): text is MarketCode {
  return (MARKET_CODES as readonly string[]).includes(text);
}
