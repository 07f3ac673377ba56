import { commandLineSurface, localSidebarSurface, SHEETS_SURFACE, type Surface } from '../../../src/core/workbook/surface';
import { runChecklist, type Checklist } from '../../../src/core/actions/check';
import { CHECK_GROUPS, type CheckFinding } from '../../../src/core/qa/checkFinding';
import { columnLetter } from '../../../src/core/values/columnLetter';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { demoClient, filledWorkbook, NAMED_SETTINGS, NOW, preparedOnce, ZONE } from '../workbook/clientFixture';

const DAY = 86_400_000;
const brief = (f: CheckFinding): string => `${f.severity} ${f.check} ${f.tab}!${f.a1}`;
const group = (checklist: Checklist, name: string): string[] => checklist.groups.find((g) => g.name === name)!.findings.map(brief);
const copy = (values: CellValue[][]): CellValue[][] => values.map((row) => row.slice());

/** Orders and Analytics only, refreshed: no listing, promo or link tab to find fault with. */
function salesWorkbook(analytics = copy(demoClient().analytics), settings = NAMED_SETTINGS): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ Orders: demoClient().orders, Analytics: analytics, Settings: settings }, ZONE);
  refreshReadout(workbook, { now: NOW });
  return workbook;
}

/** The demo client's sales, refreshed once for this file; each call is a fresh copy. */
const demoSales = preparedOnce(() => salesWorkbook());

/** The 0-based analytics rows of a day, and its header's columns. */
function analyticsDay(analytics: CellValue[][], day: string): { rows: number[]; gmv: number; orders: number } {
  const header = analytics.findIndex((row) => row.includes('GMV'));
  const dateCol = analytics[header].indexOf('Date');
  const rows = analytics.map((row, r) => (r > header && String(row[dateCol]).startsWith(day) ? r : -1)).filter((r) => r >= 0);
  return { rows, gmv: analytics[header].indexOf('GMV'), orders: analytics[header].indexOf('Orders') };
}

describe('runChecklist on the demo client with its planted defects', () => {
  const workbook = filledWorkbook();
  workbook.addUserTab('Settings', NAMED_SETTINGS);
  refreshReadout(workbook, { now: NOW });
  const checklist = runChecklist(workbook, NOW);

  it('groups every finding under Accuracy, Links, Pricing, Promo eligibility and Compliance, naming its cell', () => {
    expect(checklist.groups.map((g) => g.name)).toEqual(CHECK_GROUPS);
    expect(group(checklist, 'Accuracy')).toEqual([]);
    expect(group(checklist, 'Links')).toEqual(['WARNING utm-upper-case Links!I4', 'WARNING utm-space Links!I4', 'ERROR click-id Links!I4']);
    expect(group(checklist, 'Pricing')).toEqual(['ERROR price-range Products!D5']);
    expect(group(checklist, 'Promo eligibility')).toEqual(['ERROR discount-out-of-band Promos!E3', 'ERROR price-not-below-30-day-low Promos!E3']);
    expect(group(checklist, 'Compliance')).toEqual([
      'WARNING health-ldr TTS · Health!A7',
      'INFO health-cancel-rate TTS · Health!A10',
      'ERROR title-promotional Products!B4',
      'WARNING images-few Products!E4',
      'ERROR gtin-check-digit Products!G5',
    ]);
  });

  it('counts by severity per group and overall, with the most severe as the status', () => {
    expect(checklist.counts).toEqual({ ERROR: 6, WARNING: 4, INFO: 1 });
    expect(checklist.groups.map((g) => [g.name, g.status, g.counts.ERROR, g.counts.WARNING, g.counts.INFO])).toEqual([
      ['Accuracy', 'OK', 0, 0, 0],
      ['Links', 'ERROR', 1, 2, 0],
      ['Pricing', 'ERROR', 1, 0, 0],
      ['Promo eligibility', 'ERROR', 2, 0, 0],
      ['Compliance', 'ERROR', 2, 2, 1],
    ]);
  });

  it('says what the data covers and when the read-out was refreshed, with the default manual items', () => {
    expect(checklist.freshness).toEqual({
      line: 'Data through 2026-11-22 23:47, America/Los_Angeles; refreshed 2026-11-23 09:00.',
      stale: false,
      warning: '',
    });
    expect(checklist.manualItems).toEqual([
      'Deck numbers match the read-out',
      'Promo dates match the calendar',
      'Client name and period right on every slide',
    ]);
  });
});

describe('the accuracy checks', () => {
  it('flag a read-out older than its inputs as an ERROR, with the WARNING line on top', () => {
    const workbook = demoSales();
    workbook.peek('Analytics')!.push([]); // a blank row is no change
    expect(runChecklist(workbook, NOW).freshness.stale).toBe(false);
    workbook.peek('Orders')!.pop();
    const checklist = runChecklist(workbook, NOW);
    expect(checklist.freshness.warning).toBe(
      'WARNING: the read-out is older than its inputs (the input tabs changed after the refresh at 2026-11-23 09:00 America/Los_Angeles); run TTS Ops › Refresh read-out.',
    );
    // Each surface names the action its own way: a command in the terminal, never a Sheets menu item.
    expect(runChecklist(workbook, NOW, commandLineSurface('client.xlsx')).freshness.warning).toMatch(/; run tts-ops refresh client\.xlsx\.$/);
    expect(runChecklist(workbook, NOW, localSidebarSurface('client.xlsx')).freshness.warning).not.toContain('TTS Ops ›');
    expect(group(checklist, 'Accuracy')[0]).toBe('ERROR readout-stale TTS · KPIs!A3');
  });

  it('flag a workbook never refreshed', () => {
    const workbook = new MemoryWorkbook({ Orders: demoClient().orders, Settings: NAMED_SETTINGS }, ZONE);
    const checklist = runChecklist(workbook, NOW);
    expect(checklist.freshness.line).toBe('Data through 2026-11-22 23:47, America/Los_Angeles; read-out not refreshed yet.');
    expect(group(checklist, 'Accuracy')).toEqual(['ERROR readout-stale Orders!A3', 'WARNING input-missing Analytics!A1']);
  });

  it('count an Analytics day pasted twice once, with a note, so it raises no GMV mismatch', () => {
    const analytics = copy(demoClient().analytics);
    const { rows } = analyticsDay(analytics, '2026-11-18');
    const last = analytics.length + 1;
    analytics.push(...rows.map((r) => analytics[r].slice()));
    const checklist = runChecklist(salesWorkbook(analytics), NOW);
    expect(group(checklist, 'Accuracy')).toEqual([`INFO analytics-repeated-rows Analytics!A${last}`]);
  });

  it('name the set-up of a missing tab as the surface asking says it: a command in the terminal, the menu item in Sheets', () => {
    const workbook = new MemoryWorkbook({ Orders: demoClient().orders, Settings: NAMED_SETTINGS }, ZONE);
    const messages = (surface: Surface): string[] =>
      runChecklist(workbook, NOW, surface)
        .groups.flatMap((g) => g.findings)
        .filter((f) => /^No '/.test(f.message))
        .map((f) => f.message);
    expect(messages(commandLineSurface('client.xlsx'))).toEqual([
      "No 'Analytics' tab: run tts-ops setup client.xlsx, then paste the Data Compass product analytics export into it.",
    ]);
    expect(messages(SHEETS_SURFACE)).toEqual([
      "No 'Analytics' tab: run TTS Ops › Set up client workbook, then paste the Data Compass product analytics export into it.",
    ]);
  });

  it('find the day whose Analytics GMV differs from Orders beyond the tolerance, and respect a wider tolerance from Settings', () => {
    const analytics = copy(demoClient().analytics);
    const day = analyticsDay(analytics, '2026-11-18');
    const first = day.rows[0];
    const dayGmv = day.rows.reduce((sum, r) => sum + Number(analytics[r][day.gmv]), 0);
    analytics[first][day.gmv] = Number(analytics[first][day.gmv]) + dayGmv * 0.05; // 5% more GMV on the day
    const checklist = runChecklist(salesWorkbook(analytics), NOW);
    const gmv = checklist.groups[0].findings.filter((f) => f.check === 'gmv-mismatch');
    expect(gmv.map(brief)).toEqual([`ERROR gmv-mismatch Analytics!${columnLetter(day.gmv)}${first + 1}`]);
    expect(gmv[0].message).toMatch(/^GMV on 2026-11-18: \$[\d,]+\.\d\d in Analytics, \$[\d,]+\.\d\d in Orders \(5% apart; tolerance 2%\)\.$/);
    const wide = [...NAMED_SETTINGS, ['checklist.gmvTolerance', 0.06]];
    expect(runChecklist(salesWorkbook(analytics, wide), NOW).groups[0].findings).toEqual([]);
  });

  it('warn when Analytics has fewer orders on a day than the export (rows missing), but not when it has more', () => {
    const analytics = copy(demoClient().analytics);
    const day = analyticsDay(analytics, '2026-11-20');
    for (const r of day.rows.slice(1)) analytics[r][day.orders] = 0;
    const checklist = runChecklist(salesWorkbook(analytics), NOW);
    expect(checklist.groups[0].findings.map(brief)).toEqual([`WARNING orders-mismatch Analytics!${columnLetter(day.orders)}${day.rows[0] + 1}`]);
  });

  it('report a blank client name as an ERROR on its Value cell, and no tab naming the client as one on Settings!A1', () => {
    const blank = [...NAMED_SETTINGS.slice(0, 1), ['weekStart', 'Monday'], ['client.name', '  ']];
    const unnamed = runChecklist(salesWorkbook(undefined, blank), NOW).groups[0].findings;
    expect(unnamed.map(brief)).toEqual(['ERROR client-name-blank Settings!B3']);
    expect(unnamed[0].message).toBe("The client's name is blank (client.name): the client update would go out without it.");
    const none = runChecklist(new MemoryWorkbook({ Orders: demoClient().orders, Analytics: demoClient().analytics }, ZONE), NOW);
    expect(group(none, 'Accuracy')).toContain('ERROR client-name-blank Settings!A1');
  });

  it('name every invalid Settings row and apply the valid ones (custom manual items); a key set twice leaves the defaults', () => {
    const settings = [
      ['Key', 'Value'],
      ['weekStart', 'Friday'],
      ['checklist.manualItems', 'Logo on every slide; Prices match the promo sheet'],
      ['qa.minImages', 'lots'],
      ['colour', 'blue'],
    ];
    const workbook = new MemoryWorkbook({ Orders: demoClient().orders, Analytics: demoClient().analytics, Settings: settings }, ZONE);
    const bad = runChecklist(workbook, NOW);
    expect(bad.groups[0].findings.filter((f) => f.check === 'setting-invalid').map((f) => `${f.tab}!${f.a1}: ${f.message}`)).toEqual([
      "Settings!B2: Settings: row 2, column B 'Value': 'weekStart' must be Monday or Sunday; found 'Friday'.",
      "Settings!B4: Settings: row 4, column B 'Value': 'qa.minImages' must be a number; found 'lots'.",
      expect.stringMatching(/^Settings!A5: Settings: row 5, key 'colour' is not a TTS Ops setting\./),
    ]);
    expect(bad.manualItems).toEqual(['Logo on every slide', 'Prices match the promo sheet']);
    const twice = new MemoryWorkbook({ Orders: demoClient().orders, Settings: [settings[0], settings[2], settings[2]] }, ZONE);
    const duplicate = runChecklist(twice, NOW);
    expect(duplicate.groups[0].findings.filter((f) => f.check === 'setting-invalid').map((f) => `${f.tab}!${f.a1}`)).toEqual(['Settings!A2']);
    expect(duplicate.manualItems).toEqual([
      'Deck numbers match the read-out',
      'Promo dates match the calendar',
      'Client name and period right on every slide',
    ]);
  });

  it('warn when the data ends more than the allowed days before today, naming the last Paid Time cell', () => {
    const workbook = demoSales();
    expect(runChecklist(workbook, new Date(NOW.getTime() + 2 * DAY)).groups[0].findings).toEqual([]);
    const late = runChecklist(workbook, new Date(NOW.getTime() + 10 * DAY)).groups[0].findings;
    expect(late.map((f) => f.check)).toEqual(['data-old']);
    expect(late[0].message).toBe('The data ends 2026-11-22, 11 days before today (2026-12-03, America/Los_Angeles); expected at most 3.');
    const orders = demoClient().orders;
    const paid = orders.find((row) => row.includes('Paid Time'))!.indexOf('Paid Time');
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(late[0].a1)!;
    expect(column).toBe(columnLetter(paid));
    expect(String(orders[Number(row) - 1][paid])).toMatch(/^11\/22\/2026 11:47/);
  });
});
