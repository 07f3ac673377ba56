import { InputError } from '../../../src/core/values/errors';
import { DEFAULT_SETTINGS, withSettings } from '../../../src/core/settings/settings';
import { DEFAULT_CLIENT } from '../../../src/core/workbook/clientProfile';
import {
  DEFAULT_WORKBOOK_SETTINGS,
  readSettingsTab,
  settingsFromTab,
  settingsTabRows,
  workbookSettings,
} from '../../../src/core/workbook/settingsTab';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

const tab = (...rows: CellValue[][]): CellValue[][] => [['TTS Ops settings: change the Value column only.'], ['Key', 'Value', 'Default'], ...rows];

describe('settingsTabRows', () => {
  const rows = settingsTabRows();

  it('lists the client, the core settings and every health and QA threshold with its default, description and source', () => {
    expect(rows[0]).toEqual(['Key', 'Value', 'Default', 'Description', 'Source']);
    const keys = rows.slice(1).map((row) => row[0]);
    expect(keys.slice(0, 15)).toEqual([
      'client.name',
      'client.market',
      'client.currency',
      'client.accountManager',
      'client.contacts',
      'client.emailDraft',
      'client.shopId',
      'client.shopName',
      'client.shopRegion',
      'timeZone',
      'weekStart',
      'dateOrder',
      'typedDateOrder',
      'typedBuddhistEra',
      'decimalMark',
    ]);
    const sections = {
      health: DEFAULT_SETTINGS.health,
      qa: DEFAULT_SETTINGS.qa,
      checklist: DEFAULT_SETTINGS.checklist,
      bigquery: DEFAULT_SETTINGS.bigquery,
    };
    for (const [section, values] of Object.entries(sections)) for (const key of Object.keys(values)) expect(keys).toContain(`${section}.${key}`);
    expect(keys).toHaveLength(17 + Object.values(sections).reduce((n, section) => n + Object.keys(section).length, 0));
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(5);
      expect(String(row[3]).length).toBeGreaterThan(10);
      expect(String(row[4]).length).toBeGreaterThan(3);
    }
  });

  it('shows values as a user types them: weekdays, fractions, comma lists', () => {
    const byKey = new Map(rows.map((row) => [row[0], row]));
    expect(byKey.get('weekStart')!.slice(1, 3)).toEqual(['Monday', 'Monday']);
    expect(byKey.get('health.ldrLimit')![1]).toBe(0.04);
    expect(byKey.get('health.ldrLimit')![4]).toContain('SU-US:3668989549299511');
    expect(byKey.get('qa.counterfeitWords')![1]).toBe('dupe, dupes, fake, knock-off, knock-offs, replica, counterfeit');
    expect(byKey.get('health.holidays')![1]).toBe('');
  });

  it('reads back as the settings it was written from', () => {
    expect(readSettingsTab(rows)).toEqual(DEFAULT_WORKBOOK_SETTINGS);
    const custom = {
      settings: withSettings({ timeZone: 'Asia/Bangkok', weekStart: 0 }),
      client: {
        name: 'Glow & Co',
        market: '' as const,
        currency: 'THB',
        accountManager: 'Mia Chen',
        contacts: ['ana@glow.example', 'ops@glow.example'],
        emailDraft: true,
        shopId: '7495000000000000001',
        shopName: 'Glow & Co Official',
        shopRegion: 'TH',
      },
    };
    expect(readSettingsTab(settingsTabRows(DEFAULT_WORKBOOK_SETTINGS, custom))).toEqual(custom);
  });
});

describe('settingsFromTab', () => {
  it('keeps the default for a blank value and reads each kind of value', () => {
    const settings = settingsFromTab(
      tab(
        ['weekStart', 'sunday'],
        ['dateOrder', 'dmy'],
        ['health.ldrLimit', '3%'],
        ['health.minimumOrders', 50],
        ['health.holidays', '2026-12-24; 2026-12-31'],
        ['qa.platformNames', 'Amazon, Temu'],
        ['health.vtrTarget', ''],
      ),
    );
    expect(settings.weekStart).toBe(0);
    expect(settings.dateOrder).toBe('DMY');
    expect(settings.health.ldrLimit).toBeCloseTo(0.03, 12);
    expect(settings.health.minimumOrders).toBe(50);
    expect(settings.health.holidays).toEqual(['2026-12-24', '2026-12-31']);
    expect(settings.health.vtrTarget).toBe(0.95);
    expect(settings.qa.platformNames).toEqual(['Amazon', 'Temu']);
    expect(settings.qa.titleMaxChars).toBe(255);
  });

  it('reads a date cell as its day in the workbook time zone', () => {
    // 2026-12-24 00:00 in Tokyo is still the 23rd in UTC.
    const defaults = { settings: withSettings({ timeZone: 'Asia/Tokyo' }), client: DEFAULT_CLIENT };
    const read = readSettingsTab(tab(['health.holidays', new Date('2026-12-23T15:00:00Z')]), defaults);
    expect(read.settings.health.holidays).toEqual(['2026-12-24']);
  });

  it('matches keys regardless of case and reads the client profile', () => {
    const read = readSettingsTab(tab(['CLIENT.currency', 'gbp'], ['Client.Region', 'uk'], ['client.name', '  Glow & Co ']));
    expect(read.client).toEqual({ ...DEFAULT_CLIENT, name: 'Glow & Co', market: 'UK', currency: 'GBP' }); // client.region: the key before markets had their row
  });

  it.each([
    [['health.ldrLimit', 'four'], "Settings: row 3, column B 'Value': 'health.ldrLimit' must be a number; found 'four'."],
    [['timeZone', 'Mars/Olympus'], "'timeZone' must be an IANA time zone such as America/Los_Angeles or Europe/London; found 'Mars/Olympus'"],
    [['weekStart', 'Friday'], "'weekStart' must be Monday or Sunday; found 'Friday'"],
    [
      ['qa.minImages', '5 images'],
      "'qa.minImages' must be a number; found text of 8 characters (letters, digits and spaces), not shown (it may be personal data)",
    ],
    [['client.currency', 'dollars'], "'client.currency' must be a three-letter currency code such as USD"],
    [['health.ldrLimt', 0.04], "Settings: row 3, key 'health.ldrLimt' is not a TTS Ops setting."],
    [
      ['health.ldrLimit', 4],
      "Settings: row 3, column B 'Value': Setting 'Late dispatch rate limit' (ldrLimit) must be a fraction from 0 to 0.99 (0.04 = 4%); got 4.",
    ],
    [['health.dispatchCutoff', 'noon'], "Settings: row 3, column B 'Value': Setting 'Dispatch deadline time' (dispatchCutoff) must be"],
    [
      ['qa.flashDealDiscountMin', 10],
      "Settings: row 3, column B 'Value': Setting 'Flash deal discount minimum' (flashDealDiscountMin) must be a fraction from 0 to 1 (0.1 = 10%); got 10.",
    ],
    [
      ['health.holidays', '11/27/2026'],
      "Settings: row 3, column B 'Value': Setting 'Extra holidays' (holidays): '11/27/2026' is not a date written YYYY-MM-DD",
    ],
    [
      ['qa.priceMax', '7,600'],
      "Settings: row 3, column B 'Value': 'qa.priceMax' must be a number without a thousands separator (7600, or 7.6: 7,600 reads both ways); found '7,600'.",
    ],
    [['qa.minImages', -1], "Setting 'Recommended main images' (minImages) must be a whole number from 0 to 1000000; got -1."],
    [
      ['qa.couponDiscountMax', 0.01],
      "Setting 'Coupon discount minimum' (couponDiscountMin) is 0.05, above Setting 'Coupon discount maximum' (couponDiscountMax) at 0.01",
    ],
  ])('names the row and what was expected for %j', (row, message) => {
    expect(() => settingsFromTab(tab(row))).toThrow(InputError);
    expect(() => settingsFromTab(tab(row))).toThrow(message);
  });

  it('reads client contacts with display names in any script, and refuses an address a Gmail draft cannot carry', () => {
    expect(readSettingsTab(tab(['client.contacts', 'Lê Hồng <hong@client.example>; ops@client.example ana@client.example'])).client.contacts).toEqual(
      ['Lê Hồng <hong@client.example>', 'ops@client.example', 'ana@client.example'],
    );
    expect(() => readSettingsTab(tab(['client.contacts', 'ana@client.example, hồng@client.example']))).toThrow(
      "Settings: row 3, column B 'Value': 'client.contacts' must be e-mail addresses separated by commas",
    );
  });

  it('refuses a key set twice, naming both rows', () => {
    expect(() => settingsFromTab(tab(['weekStart', 'Monday'], ['dateOrder', 'MDY'], ['weekStart', 'Sunday']))).toThrow(
      "Settings: 'weekStart' is set twice, in rows 3 and 5; keep one.",
    );
  });
});

describe('workbookSettings', () => {
  it("uses the defaults and the spreadsheet's time zone without a Settings tab, or with a user's own tab of that name", () => {
    const expected = { settings: withSettings({ timeZone: 'Europe/Paris' }), client: DEFAULT_CLIENT };
    expect(workbookSettings(undefined, 'Europe/Paris')).toEqual(expected);
    expect(
      workbookSettings(
        [
          ['Theme', 'dark'],
          ['Font', 'Arial'],
        ],
        'Europe/Paris',
      ),
    ).toEqual(expected);
  });

  it("reads the add-on's Settings tab over those defaults", () => {
    expect(workbookSettings(tab(['weekStart', 'Sunday']), 'Europe/Paris').settings).toEqual(withSettings({ timeZone: 'Europe/Paris', weekStart: 0 }));
  });
});
