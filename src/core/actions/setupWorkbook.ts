import { MARKET_CODES, type MarketCode } from '../markets/marketCodes';
import { withSettings } from '../settings/settings';
import { DEFAULT_CLIENT } from '../workbook/clientProfile';
import { settingsTabRows, SETTINGS_HEADER, withMarket, type WorkbookSettings } from '../workbook/settingsTab';
import { ANALYTICS_TAB, ORDERS_TAB, PLAN_TABS, setupTabContent, type SetupTab } from '../workbook/setupTabs';
import { QA_TABS } from '../workbook/qaSetupTabs';
import { INPUT_TABS } from '../workbook/tabNames';
import { TabNameSet } from '../workbook/tabNameSet';
import type { Workbook } from '../workbook/workbookPort';

export interface SetupResult {
  readonly created: string[];
  readonly skipped: string[];
}

/** Rows of the Settings tab above its first key: the instruction and the header. */
const SETTINGS_FIRST_KEY_ROW = 2;

function settingsTab(defaults: WorkbookSettings, current: WorkbookSettings): SetupTab {
  const rows = settingsTabRows(defaults, current).slice(1);
  const marketRow = SETTINGS_FIRST_KEY_ROW + rows.findIndex((row) => row[0] === 'client.market');
  return {
    name: INPUT_TABS.settings,
    instruction:
      'TTS Ops settings: change the Value column only. Default, Description and Source say what each setting does and where its default comes from.',
    headers: SETTINGS_HEADER,
    rows,
    columns: { Key: { width: 200 }, Value: { width: 150 }, Default: { width: 150 }, Description: { width: 420 }, Source: { width: 360 } },
    cellFormats: [{ column: 1, fromRow: marketRow, toRow: marketRow + 1, validation: { kind: 'list', values: MARKET_CODES } }],
  };
}

/**
 * The client workbook's tabs, in order. The Settings tab's time zone is the workbook's; with a
 * market, the market row holds it and the rows it implies are left to follow it.
 */
export function setupTabs(timeZone: string, market: MarketCode | '' = ''): SetupTab[] {
  const defaults: WorkbookSettings = { settings: withSettings({ timeZone }), client: DEFAULT_CLIENT };
  return [ORDERS_TAB, ANALYTICS_TAB, ...QA_TABS, ...PLAN_TABS, settingsTab(defaults, withMarket(defaults, market))];
}

/** Creates each missing tab with its instruction, header, formats and dropdowns; never touches a tab that exists. `market`: the one set-up proposes. */
export function setupWorkbook(workbook: Workbook, market: MarketCode | '' = ''): SetupResult {
  const existing = new TabNameSet(workbook.listTabs());
  const tabs = setupTabs(workbook.timeZone(), market);
  const result: SetupResult = { created: [], skipped: [] };
  tabs.forEach((tab, i) => {
    if (existing.has(tab.name)) {
      result.skipped.push(tab.name);
      return;
    }
    workbook.progress(`Creating ${tab.name}`, i + 1, tabs.length);
    workbook.writeTab(setupTabContent(tab));
    result.created.push(tab.name);
  });
  return result;
}
