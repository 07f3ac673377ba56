import { PLAN_TABS } from './setupTabs';
import { INPUT_TABS } from './tabNames';
import type { TabState } from './ownedTabs';
import type { CellValue, Workbook } from './workbookPort';

/**
 * Every tab the client update reads: the inputs it computes from and the tracker tabs it shows. The
 * sign-off's fingerprint covers these, and the update reads only through clientUpdateReader, so a tab
 * it starts to read is either on this list (and signed) or refused at its first test.
 */
export const CLIENT_UPDATE_TABS: readonly string[] = [
  INPUT_TABS.settings,
  INPUT_TABS.orders,
  INPUT_TABS.analytics,
  ...PLAN_TABS.map((tab) => tab.name),
];

/** Reads a tab the client update shows, by name as the workbook spells it; a tab off CLIENT_UPDATE_TABS is a programming error. */
export function clientUpdateReader(workbook: Workbook, state: TabState): (name: string) => CellValue[][] | undefined {
  return (name) => {
    if (!CLIENT_UPDATE_TABS.includes(name))
      throw new Error(`The client update reads '${name}', which the sign-off does not cover: add it to CLIENT_UPDATE_TABS.`);
    const actual = state.existing.actual(name);
    return actual === undefined ? undefined : workbook.readTab(actual);
  };
}
