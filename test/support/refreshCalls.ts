import vm from 'node:vm';
import { generateOrderExport } from '../../src/demo/orderExport';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { bundleSource } from './loadBundle';

type Globals = Record<string, (...args: unknown[]) => unknown>;

/** Sets up a fake spreadsheet, pastes an export of `lines` order lines and refreshes: the Sheets calls of the refresh, counted per method and tab. */
export function refreshCalls(lines: number): Record<string, number> {
  const spreadsheet = new FakeSpreadsheet({}, 'America/Los_Angeles');
  const app = fakeAppsScript(spreadsheet);
  const context = vm.createContext({ SpreadsheetApp: app.SpreadsheetApp, PropertiesService: app.PropertiesService, LockService: app.LockService });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  const sheets = context as unknown as Globals;
  sheets.ttsSetUpWorkbook();
  spreadsheet.sheet('Orders')!.load(generateOrderExport({ seed: 5, endDay: '2026-11-22', days: 112, lines }));
  spreadsheet.calls.length = 0;
  sheets.ttsRefreshReadout();
  const counts: Record<string, number> = {};
  for (const call of spreadsheet.calls) {
    const key = `${call.method} ${call.sheet ?? ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
