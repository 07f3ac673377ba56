import { TabNameSet } from './tabNameSet';
import type { TabContent, Workbook } from './workbookPort';

/** What the workbook holds before a run writes anything: read once, updated as tabs are written. */
export interface TabState {
  readonly existing: TabNameSet;
  /** Owned tabs that still exist (a name the add-on once owned may now be a user's new tab). */
  readonly owned: TabNameSet;
}

export function tabState(workbook: Workbook): TabState {
  const tabs = workbook.listTabs();
  const owned = workbook.ownedTabs();
  return { existing: new TabNameSet(tabs), owned: new TabNameSet(tabs.filter((name) => owned.has(name))) };
}

/**
 * Where the add-on may write a tab it calls `base`: the tab itself when the add-on owns it or it does
 * not exist yet; otherwise (a user's tab of the same name) the first of `base (2)`, `base (3)`, ...
 * that the add-on owns or that does not exist, so a second run reuses the same "(2)".
 */
export function ownedTabName(base: string, state: TabState): string {
  const free = (name: string): boolean => state.owned.has(name) || !state.existing.has(name);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (free(name)) return name;
  }
}

/** Writes the content to its owned tab (see `ownedTabName`), marks a new tab owned, returns the name used. */
export function writeOwnedTab(workbook: Workbook, content: TabContent, state: TabState): string {
  const name = ownedTabName(content.name, state);
  workbook.writeTab({ ...content, name });
  if (!state.owned.has(name)) {
    workbook.markOwned(name);
    state.owned.add(name);
  }
  state.existing.add(name);
  return name;
}
