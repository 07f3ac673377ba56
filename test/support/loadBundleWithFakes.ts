import vm from 'node:vm';
import { fakeAppsScript, type FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { bundleSource } from './loadBundle';

export type BundleGlobals = Record<string, (...args: unknown[]) => unknown>;

/** dist/Code.js in a bare V8 context whose SpreadsheetApp, Ui, PropertiesService and LockService are fakes that record calls. */
export function loadBundleWithFakes(spreadsheet: FakeSpreadsheet): { sheets: BundleGlobals; app: ReturnType<typeof fakeAppsScript> } {
  const app = fakeAppsScript(spreadsheet);
  const context = vm.createContext({ SpreadsheetApp: app.SpreadsheetApp, PropertiesService: app.PropertiesService, LockService: app.LockService });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return { sheets: context as unknown as BundleGlobals, app };
}
