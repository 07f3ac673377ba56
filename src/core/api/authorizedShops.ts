import { InputError } from '../values/errors';
import { callApi, type ApiPorts, type ApiShop } from './apiClient';
import type { ShopTokens } from './authTokens';

/** One shop an authorization covers ("Get Authorized Shops"). */
export interface AuthorizedShop {
  readonly id: string;
  readonly name: string;
  /** Region code: US, GB, ID, … */
  readonly region: string;
  /** Sent as `shop_cipher` on the shop's calls. */
  readonly cipher: string;
}

/** What is kept per connected shop, outside the workbook (the credentials file; user properties in Sheets): its tokens and cipher, and the app they were granted to. */
export interface ConnectedShop extends ShopTokens, Omit<AuthorizedShop, 'id'> {
  readonly appKey: string;
}

export const AUTHORIZED_SHOPS_PATH = '/authorization/202309/shops';

/** The shops the access token may read: one authorization can cover several. */
export async function authorizedShops(shop: ApiShop, ports: ApiPorts): Promise<AuthorizedShop[]> {
  const data = (await callApi({ method: 'GET', path: AUTHORIZED_SHOPS_PATH }, shop, ports)) as { shops?: unknown } | null;
  const shops = data?.shops;
  if (!Array.isArray(shops) || !shops.length)
    throw new InputError('TikTok Shop lists no shop for this authorization; authorize a shop account, then connect again.');
  return shops.map((item: unknown, i) => {
    const fields = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const text = (name: string): string => {
      const value = fields[name];
      if (typeof value !== 'string' || !value) throw new InputError(`TikTok Shop's shop list: shop ${i + 1} has no '${name}'; connect again.`);
      return value;
    };
    return { id: text('id'), name: text('name'), region: text('region'), cipher: text('cipher') };
  });
}

/** The shop to connect: the one asked for (by id), or the only one; `howToPick` tells how to ask for one ("with --shop"). */
export function chooseShop(shops: readonly AuthorizedShop[], wanted: string | undefined, howToPick: string): AuthorizedShop {
  const listed = shops.map((shop) => `${shop.id} (${shop.name}, ${shop.region})`).join('; ');
  if (wanted) {
    const found = shops.find((shop) => shop.id === wanted.trim());
    if (!found) throw new InputError(`This authorization does not cover shop ${wanted.slice(0, 30)}. It covers: ${listed}.`);
    return found;
  }
  if (shops.length > 1) throw new InputError(`This authorization covers ${shops.length} shops; pick one ${howToPick}: ${listed}.`);
  return shops[0];
}
