import type { ApiPorts, ApiShop } from '../core/api/apiClient';
import type { ConnectedShop } from '../core/api/authorizedShops';
import { refreshTokens, type ApiApp } from '../core/api/authTokens';
import { workbookSettings } from '../core/workbook/settingsTab';
import { INPUT_TABS } from '../core/workbook/tabNames';
import type { Workbook } from '../core/workbook/workbookPort';
import { urlFetchPorts } from './urlFetchPorts';

export const APP_PROPERTY = 'tts-ops.app';
export const SHOP_PROPERTY = 'tts-ops.shop.';

/** Each user's own app key, secret and shop tokens: user properties, never a cell nor a document property. */
export const userProperties = () => PropertiesService.getUserProperties();

/** The agency's app as this user stored it on connecting a shop. */
export function storedApp(): ApiApp | undefined {
  const stored = userProperties().getProperty(APP_PROPERTY);
  return stored ? (JSON.parse(stored) as ApiApp) : undefined;
}

/** The shop in the workbook's Settings, when this user connected it: the API shop and ports that keep its refreshed tokens. */
export function connectedShopPull(workbook: Workbook): { shop: ApiShop; ports: ApiPorts } | undefined {
  const app = storedApp();
  if (!app) return undefined; // this user connected no shop: Settings are not read
  const shopId = workbookSettings(workbook.readTab(INPUT_TABS.settings), workbook.timeZone()).client.shopId;
  const stored = shopId ? userProperties().getProperty(SHOP_PROPERTY + shopId) : null;
  if (!stored) return undefined;
  let connected = JSON.parse(stored) as ConnectedShop;
  const ports = urlFetchPorts(async () => {
    connected = { ...connected, ...(await refreshTokens(app, connected.refreshToken, ports)) };
    userProperties().setProperty(SHOP_PROPERTY + shopId, JSON.stringify(connected));
    return connected.accessToken;
  });
  return { shop: { ...app, accessToken: connected.accessToken, shopCipher: connected.cipher }, ports };
}
