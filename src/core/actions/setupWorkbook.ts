import { MARKET_CODES, type MarketCode } from '../markets/marketCodes';
import { withSettings } from '../settings/settings';
import { InputError } from '../values/errors';
import { CLIENT_DETAIL_KEYS, withClientDetails, type ClientDetails } from '../workbook/clientDetails';
import { DEFAULT_CLIENT } from '../workbook/clientProfile';
import { settingsColumns, settingsTabRows, SETTINGS_HEADER, withMarket, type WorkbookSettings } from '../workbook/settingsTab';
import { ANALYTICS_TAB, ORDERS_TAB, PLAN_TABS, setupTabContent, type SetupTab } from '../workbook/setupTabs';
import { QA_TABS } from '../workbook/qaSetupTabs';
import { INPUT_TABS } from '../workbook/tabNames';
import { TabNameSet } from '../workbook/tabNameSet';
import type { Workbook } from '../workbook/workbookPort';

export interface SetupResult {
  readonly created: string[];
  readonly skipped: string[];
  /** The Settings keys set from the client details given (client.name, …). */
  readonly detailsSet: string[];
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
export function setupTabs(timeZone: string, market: MarketCode | '' = '', details: ClientDetails = {}): SetupTab[] {
  const defaults: WorkbookSettings = { settings: withSettings({ timeZone }), client: DEFAULT_CLIENT };
  const current = withMarket(defaults, market);
  const client = { ...current.client, ...details, contacts: [...(details.contacts ?? current.client.contacts)] };
  return [ORDERS_TAB, ANALYTICS_TAB, ...QA_TABS, ...PLAN_TABS, settingsTab(defaults, { ...current, client })];
}

/**
 * Creates each missing tab with its instruction, header, formats and dropdowns; never touches a tab
 * that exists, except the client details asked for (`details`), written into the Settings rows.
 * `market`: the one set-up proposes.
 */
export function setupWorkbook(workbook: Workbook, market: MarketCode | '' = '', details: ClientDetails = {}): SetupResult {
  const existing = new TabNameSet(workbook.listTabs());
  const tabs = setupTabs(workbook.timeZone(), market, details);
  const result: SetupResult = { created: [], skipped: [], detailsSet: [] };
  tabs.forEach((tab, i) => {
    if (existing.has(tab.name)) {
      result.skipped.push(tab.name);
      return;
    }
    workbook.progress(`Creating ${tab.name}`, i + 1, tabs.length);
    workbook.writeTab(setupTabContent(tab));
    result.created.push(tab.name);
  });
  const given = (Object.keys(CLIENT_DETAIL_KEYS) as (keyof ClientDetails)[]).filter((field) => details[field] !== undefined);
  if (given.length && !result.created.includes(INPUT_TABS.settings)) writeClientDetails(workbook, existing.actual(INPUT_TABS.settings)!, details);
  result.detailsSet.push(...given.map((field) => CLIENT_DETAIL_KEYS[field]));
  return result;
}

/** The details into an existing Settings tab's Value cells; a tab of that name without the `Key | Value` header is the user's own and refused. */
function writeClientDetails(workbook: Workbook, tab: string, details: ClientDetails): void {
  const values = workbook.readTab(tab) ?? [];
  const columns = settingsColumns(values);
  if (!columns) {
    throw new InputError(
      `${tab}: this tab has no 'Key | Value' header, so it is not the TTS Ops Settings tab; the client details were not written. Rename it, then set up again.`,
    );
  }
  workbook.updateCells(tab, withClientDetails(values, details, columns.key, columns.value));
}
