import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { generateOrderExport } from '../../src/demo/orderExport';
import { fakeAppsScript, FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { BUNDLE_PATH, bundleSource } from '../support/loadBundle';

type Globals = Record<string, (...args: unknown[]) => unknown>;

function loadWithFakes(spreadsheet: FakeSpreadsheet): { sheets: Globals; app: ReturnType<typeof fakeAppsScript> } {
  const app = fakeAppsScript(spreadsheet);
  const context = vm.createContext({ SpreadsheetApp: app.SpreadsheetApp, PropertiesService: app.PropertiesService, LockService: app.LockService });
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return { sheets: context as unknown as Globals, app };
}

const ORDERS = generateOrderExport({ seed: 3, endDay: '2026-11-22', days: 14, orders: 60 });
const WRITING_ACTIONS = ['ttsSetUpWorkbook', 'ttsRefreshReadout'];

describe('menu actions that write hold the document lock (bundle, fake services)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it.each(WRITING_ACTIONS)('%s takes the lock before writing and releases it after', (action) => {
    const spreadsheet = new FakeSpreadsheet({ Orders: ORDERS });
    const { sheets, app } = loadWithFakes(spreadsheet);
    sheets[action]();
    expect(app.lock.calls).toEqual(['tryLock(30000)', 'releaseLock']);
    expect(app.lock.hasLock()).toBe(false);
    expect(spreadsheet.count('setValues')).toBeGreaterThan(0);
  });

  it.each(WRITING_ACTIONS)("%s refuses, writing nothing, while another user's action holds the lock", (action) => {
    const spreadsheet = new FakeSpreadsheet({ Orders: ORDERS });
    const { sheets, app } = loadWithFakes(spreadsheet);
    app.lock.heldElsewhere = true;
    expect(() => sheets[action]()).toThrow(
      'Another TTS Ops action (yours or a colleague’s) is writing this spreadsheet; try again when it has finished.',
    );
    expect(spreadsheet.calls.filter((call) => !call.method.startsWith('get'))).toEqual([]);
    expect(app.ui.alerts).toEqual([]);
  });

  it('releases the lock when the action fails on bad input', () => {
    const spreadsheet = new FakeSpreadsheet({
      Orders: ORDERS,
      Settings: [
        ['Key', 'Value'],
        ['weekStart', 'Friday'],
      ],
    });
    const { sheets, app } = loadWithFakes(spreadsheet);
    expect(() => sheets.ttsRefreshReadout()).toThrow("'weekStart' must be Monday or Sunday");
    expect(app.lock.calls).toEqual(['tryLock(30000)', 'releaseLock']);
  });
});
