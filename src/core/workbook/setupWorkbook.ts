import { withSettings } from '../settings';
import { DEFAULT_CLIENT } from './clientProfile';
import { settingsTabRows, SETTINGS_HEADER, type WorkbookSettings } from './settingsTab';
import { ANALYTICS_TAB, ORDERS_TAB, PLAN_TABS, setupTabContent, type SetupTab } from './setupTabs';
import { QA_TABS } from './qaSetupTabs';
import { INPUT_TABS } from './tabNames';
import { TabNameSet } from './tabNameSet';
import type { Workbook } from './workbookPort';

export interface SetupResult {
  readonly created: string[];
  readonly skipped: string[];
}

function settingsTab(defaults: WorkbookSettings): SetupTab {
  return {
    name: INPUT_TABS.settings,
    instruction:
      'TTS Ops settings: change the Value column only. Default, Description and Source say what each setting does and where its default comes from.',
    headers: SETTINGS_HEADER,
    rows: settingsTabRows(defaults).slice(1),
    columns: { Key: { width: 200 }, Value: { width: 150 }, Default: { width: 150 }, Description: { width: 420 }, Source: { width: 360 } },
  };
}

/** The client workbook's tabs, in order; the Settings tab's time zone is the workbook's. */
export function setupTabs(timeZone: string): SetupTab[] {
  return [ORDERS_TAB, ANALYTICS_TAB, ...QA_TABS, ...PLAN_TABS, settingsTab({ settings: withSettings({ timeZone }), client: DEFAULT_CLIENT })];
}

/** Creates each missing tab with its instruction, header, formats and dropdowns; never touches a tab that exists. */
export function setupWorkbook(workbook: Workbook): SetupResult {
  const existing = new TabNameSet(workbook.listTabs());
  const tabs = setupTabs(workbook.timeZone());
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
