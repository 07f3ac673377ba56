import type { AuthorizedShop } from '../api/authorizedShops';
import { marketCodeOf } from '../workbook/settingValue';
import { workbookSettings } from '../workbook/settingsTab';
import { INPUT_TABS } from '../workbook/tabNames';
import type { Workbook } from '../workbook/workbookPort';
import { InputError } from '../values/errors';
import { setupWorkbook } from './setupWorkbook';

/**
 * Writes the connected shop's id, name and region to Settings (setting the workbook up first when it
 * has no tabs yet, in the shop's market). A workbook holds one shop's orders: one already connected to
 * another shop is refused rather than mix two shops in Orders. `shownId` is the id as the store must
 * hold it as text (Sheets: with a leading apostrophe).
 */
export function connectShop(workbook: Workbook, shop: Omit<AuthorizedShop, 'cipher'>, shownId = shop.id): void {
  const hasSettings = workbook.listTabs().includes(INPUT_TABS.settings);
  const { client } = workbookSettings(hasSettings ? workbook.readTab(INPUT_TABS.settings) : undefined, workbook.timeZone());
  if (client.shopId && client.shopId !== shop.id) {
    throw new InputError(
      `This workbook is connected to shop ${client.shopId}${client.shopName ? ` (${client.shopName})` : ''}; a workbook holds one shop's orders. Connect ${shop.name} to another workbook, or clear client.shopId in Settings first.`,
    );
  }
  const market = hasSettings ? '' : (marketCodeOf(shop.region) ?? '');
  setupWorkbook(workbook, market, { shopId: shownId, shopName: shop.name, shopRegion: shop.region });
}
