import type { CellValue, TabContent, Workbook } from './workbookPort';

interface MemoryTab {
  values: CellValue[][];
  /** What the add-on last wrote here (formats included); undefined for a tab the user filled. */
  content?: TabContent;
}

/**
 * A workbook held in memory for tests. It counts every call, per method and per tab, so a test can
 * assert the call budget: reading or writing a tab is one call whatever the number of rows.
 */
export class MemoryWorkbook implements Workbook {
  private readonly tabs = new Map<string, MemoryTab>();
  private readonly owned = new Set<string>();
  private properties: Record<string, string> = {};
  private readonly counts = new Map<string, number>();
  readonly progressMessages: string[] = [];

  constructor(
    tabs: Record<string, CellValue[][]> = {},
    private readonly zone = 'America/Los_Angeles',
  ) {
    for (const [name, values] of Object.entries(tabs)) this.tabs.set(name, { values });
  }

  /** A tab the user made (not owned by the add-on). */
  addUserTab(name: string, values: CellValue[][]): void {
    this.tabs.set(name, { values });
  }

  listTabs(): string[] {
    this.count('listTabs');
    return [...this.tabs.keys()];
  }

  readTab(name: string): CellValue[][] | undefined {
    this.count('readTab', name);
    return this.tabs.get(name)?.values;
  }

  writeTab(content: TabContent): void {
    this.count('writeTab', content.name);
    this.tabs.set(content.name, { values: content.values.map((row) => row.slice()), content });
  }

  updateCells(name: string, values: readonly (readonly CellValue[])[]): void {
    this.count('updateCells', name);
    const tab = this.tabs.get(name);
    this.tabs.set(name, { ...tab, values: values.map((row) => row.slice()) });
  }

  ownedTabs(): Set<string> {
    this.count('ownedTabs');
    return new Set(this.owned);
  }

  markOwned(name: string): void {
    this.count('markOwned', name);
    if (!this.tabs.has(name)) throw new Error(`markOwned: no tab '${name}'`);
    this.owned.add(name);
  }

  readProperties(): Record<string, string> {
    this.count('readProperties');
    return { ...this.properties };
  }

  writeProperties(values: Record<string, string>): void {
    this.count('writeProperties');
    this.properties = { ...this.properties, ...values };
  }

  timeZone(): string {
    this.count('timeZone');
    return this.zone;
  }

  progress(message: string, done: number, total: number): void {
    this.count('progress');
    this.progressMessages.push(`${message} (${done}/${total})`);
  }

  /** Calls so far: `readTab:Orders`, `writeTab:TTS · KPIs`, `listTabs`, ... → count. */
  calls(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  resetCalls(): void {
    this.counts.clear();
  }

  /** An independent copy (tabs, rows, owned tabs and properties; no calls counted yet), so a test can start from a prepared workbook. */
  copy(): MemoryWorkbook {
    const copy = new MemoryWorkbook({}, this.zone);
    for (const [name, tab] of this.tabs) copy.tabs.set(name, { ...tab, values: tab.values.map((row) => row.slice()) });
    for (const name of this.owned) copy.owned.add(name);
    copy.properties = { ...this.properties };
    return copy;
  }

  /** The tab's current values, without counting a call (for assertions). */
  peek(name: string): CellValue[][] | undefined {
    return this.tabs.get(name)?.values;
  }

  /** What the add-on last wrote to the tab, formats included. */
  written(name: string): TabContent | undefined {
    return this.tabs.get(name)?.content;
  }

  private count(method: string, tab?: string): void {
    const key = tab === undefined ? method : `${method}:${tab}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}
