import type { MarketCode } from '../core/markets/marketCodes';

/** The bundled demo clients by market: a US shop and an Indonesian one (day-first dates, Rupiah, Indonesian words). */
export const DEMO_CLIENTS = {
  US: { xlsx: 'demo-client.xlsx', zone: 'America/Los_Angeles' },
  ID: { xlsx: 'demo-client-id.xlsx', zone: 'Asia/Jakarta' },
} as const;

export type DemoMarket = keyof typeof DEMO_CLIENTS;

export function isDemoMarket(market: MarketCode | undefined): market is DemoMarket {
  return market !== undefined && market in DEMO_CLIENTS;
}
