/** Tab names as Sheets and Excel compare them: 'Orders' and 'orders' are the same tab. */
export class TabNameSet {
  private readonly byKey = new Map<string, string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    this.byKey.set(name.toLowerCase(), name);
  }

  has(name: string): boolean {
    return this.byKey.has(name.toLowerCase());
  }

  /** The tab's name as the workbook spells it ('orders' for 'Orders'), or undefined. */
  actual(name: string): string | undefined {
    return this.byKey.get(name.toLowerCase());
  }
}
