import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { existsSync } from 'node:fs';

export const BUNDLE_PATH = resolve(__dirname, '../../dist/Code.js');

export function bundleSource(): string {
  return readFileSync(BUNDLE_PATH, 'utf8');
}

/**
 * The built Apps Script code in a bare V8 context, as Apps Script runs it: no require, module,
 * process or timers; only stubs of the services a custom function may use (read-only Spreadsheet, its tabs' values).
 */
export function loadBundle(
  timeZone = 'America/Los_Angeles',
  tabs: Record<string, unknown[][]> = {},
): Record<string, (...args: unknown[]) => unknown> {
  const sheet = (name: string) => (name in tabs ? { getDataRange: () => ({ getValues: () => tabs[name] }) } : null);
  const spreadsheet = { getSpreadsheetTimeZone: () => timeZone, getSheetByName: sheet };
  const context = vm.createContext({
    SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet },
    Session: { getScriptTimeZone: () => timeZone },
  });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context as unknown as Record<string, (...args: unknown[]) => unknown>;
}

/** Each top-level `function NAME(params) {` of the bundle with the JSDoc block right above it ('' when it has none). */
export function customFunctionStubs(source: string): Map<string, { params: string[]; jsdoc: string }> {
  const stubs = new Map<string, { params: string[]; jsdoc: string }>();
  const pattern = /(?:(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*\n)?^function (\w+)\(([^)]*)\)\s*\{\s*\}/gm;
  for (const match of source.matchAll(pattern)) {
    const params = match[3]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    stubs.set(match[2], { params, jsdoc: match[1] ?? '' });
  }
  return stubs;
}

/** Tests that each named global is a top-level function with these parameters and JSDoc Sheets can show. */
export function itHasCustomFunctionStubs(expected: Record<string, string[]>): void {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it.each(Object.entries(expected))('%s is a top-level function with its parameters and JSDoc', (name, params) => {
    const stub = customFunctionStubs(bundleSource()).get(name);
    expect(stub).toBeDefined();
    expect(stub!.params).toEqual(params);
    expect(stub!.jsdoc).toContain('@customfunction');
    for (const param of params) expect(stub!.jsdoc).toMatch(new RegExp(`@param \\{[^}]*\\} ${param} `));
    expect(stub!.jsdoc).toMatch(/^\/\*\*\n \* [A-Z].{20,}\n/);
    // Sheets' formula help shows the summary and the parameters; the build drops @return, which only the editor would show.
    expect(stub!.jsdoc).not.toMatch(/@return/);
  });
}
