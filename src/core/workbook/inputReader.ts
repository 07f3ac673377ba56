import type { TabState } from './ownedTabs';
import type { CellValue, Workbook } from './workbookPort';

/** Reads a tab by name as the workbook spells it ('orders' for Orders), each tab at most once per run. */
export function memoizedInputReader(workbook: Workbook, state: TabState): (name: string) => CellValue[][] | undefined {
  const cache = new Map<string, CellValue[][] | undefined>();
  return (name) => {
    const actual = state.existing.actual(name);
    if (actual === undefined) return undefined;
    if (!cache.has(actual)) cache.set(actual, workbook.readTab(actual));
    return cache.get(actual);
  };
}
