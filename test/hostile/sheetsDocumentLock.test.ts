import { existsSync } from 'node:fs';
import { generateOrderExport } from '../../src/demo/orderExport';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { loadBundleWithFakes } from '../support/loadBundleWithFakes';
import { BUNDLE_PATH } from '../support/loadBundle';

const ORDERS = generateOrderExport({ seed: 3, endDay: '2026-11-22', days: 14, orders: 60 });
const WRITING_ACTIONS = ['ttsSetUpWorkbook', 'ttsRefreshReadout'];

describe('menu actions that write hold the document lock (bundle, fake services)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it.each(WRITING_ACTIONS)('%s takes the lock before writing and releases it after', (action) => {
    const spreadsheet = new FakeSpreadsheet({ Orders: ORDERS });
    const { sheets, app } = loadBundleWithFakes(spreadsheet);
    sheets[action]();
    expect(app.lock.calls).toEqual(['tryLock(30000)', 'releaseLock']);
    expect(app.lock.hasLock()).toBe(false);
    expect(spreadsheet.count('setValues')).toBeGreaterThan(0);
  });

  it.each(WRITING_ACTIONS)("%s refuses, writing nothing, while another user's action holds the lock", (action) => {
    const spreadsheet = new FakeSpreadsheet({ Orders: ORDERS });
    const { sheets, app } = loadBundleWithFakes(spreadsheet);
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
    const { sheets, app } = loadBundleWithFakes(spreadsheet);
    expect(() => sheets.ttsRefreshReadout()).toThrow("'weekStart' must be Monday or Sunday");
    expect(app.lock.calls).toEqual(['tryLock(30000)', 'releaseLock']);
  });
});
