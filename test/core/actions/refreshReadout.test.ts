import { commandLineSurface, SHEETS_SURFACE } from '../../../src/core/workbook/surface';
import { reportFormat } from '../../../src/core/format/reportFormat';
import { runChecklist } from '../../../src/core/actions/check';
import { refreshAndCount } from '../../../src/core/actions/refreshAndCount';
import { InputError } from '../../../src/core/values/errors';
import { compareMetrics } from '../../../src/core/formulas/compareFormula';
import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import { healthReport } from '../../../src/core/health/healthReport';
import { listingFindings } from '../../../src/core/qa/listingQa';
import { promoFindings } from '../../../src/core/qa/promoQa';
import { withSettings } from '../../../src/core/settings/settings';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { ORDER_KPIS, readoutComparisonRow, WEEKLY_KPIS } from '../../../src/core/workbook/readout/kpiTab';
import { linkFindings } from '../../../src/core/workbook/readout/linkFindings';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { setupWorkbook } from '../../../src/core/actions/setupWorkbook';
import { READOUT_TABS } from '../../../src/core/workbook/tabNames';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { MARKET_ORDER_HEADER } from '../../fixtures/marketOrderExport';
import { demoClient, filledWorkbook, LINKS, NOW, PRODUCTS, PROMOS, sectionRows, SETTINGS, trimRow, ZONE } from '../workbook/clientFixture';

const READOUTS = Object.values(READOUT_TABS);

describe('refreshReadout on the demo client', () => {
  const workbook = filledWorkbook();
  const summary = refreshReadout(workbook, { now: NOW });
  const { orders } = demoClient();
  const tab = (name: string): CellValue[][] => workbook.peek(name)!;

  it('writes the four read-out tabs, each opening with title, definition and freshness lines', () => {
    expect(summary.tabsWritten).toEqual(READOUTS);
    for (const name of READOUTS) {
      const [title, definition, freshness] = tab(name);
      expect(title[0]).toBe(name);
      expect(definition[0]).toMatch(/^Definition used: /);
      expect(freshness[0]).toBe('Data through 2026-11-22 23:47, America/Los_Angeles; refreshed 2026-11-23 09:00.');
    }
    expect(tab(READOUT_TABS.kpis)[1][0]).toContain("GMV by Paid Time, cancelled and refunded orders included (Seller Center's definition");
    expect(summary.dataThrough).toBe('2026-11-22 23:47 (America/Los_Angeles)');
  });

  it('KPI comparisons are the rows compareMetrics gives for the same data', () => {
    for (const [period, title] of [
      ['WoW', 'Orders, week over week: 2026-11-16 – 2026-11-22 vs 2026-11-09 – 2026-11-15'],
      ['MoM', 'Orders, month over month: 2026-11-01 – 2026-11-22 vs 2026-10-01 – 2026-10-22'],
    ]) {
      const [header, ...rows] = compareMetrics(orders, ORDER_KPIS.join(','), period, undefined, SETTINGS).rows;
      expect(sectionRows(tab(READOUT_TABS.kpis), title)).toEqual([header, ...rows.map(readoutComparisonRow)].map(trimRow));
    }
  });

  it('shows a rate change in percentage points, money and count changes as they are', () => {
    const rows = sectionRows(tab(READOUT_TABS.kpis), 'Orders, week over week');
    const row = (name: string): CellValue[] => rows.find((r) => r[0] === name)!;
    const [, current, previous, change] = row('Cancel rate') as number[];
    expect(change).toBeCloseTo((current - previous) * 100, 10);
    const [, gmvNow, gmvBefore, gmvChange] = row('GMV') as number[];
    expect(gmvChange).toBeCloseTo(gmvNow - gmvBefore, 6);
  });

  it('the summary carries GMV week over week from the same comparison', () => {
    const [, gmv] = compareMetrics(orders, 'GMV', 'WoW', undefined, SETTINGS).rows;
    expect(summary.gmvWoW).toEqual({ current: gmv[1], previous: gmv[2], change: gmv[3], changePercent: gmv[4] });
    expect(summary.gmvWoW!.current).toBeCloseTo(15161.31, 2);
  });

  it('the weekly pivot is TTS_PIVOT by week', () => {
    const expected = ttsPivot(orders, 'week', WEEKLY_KPIS.join(','), '', '', SETTINGS);
    expect(sectionRows(tab(READOUT_TABS.kpis), 'Weekly (weeks start Monday)')).toEqual(expected.map(trimRow));
  });

  it('traffic comparisons come from the Analytics tab over the same weeks', () => {
    const [header, ...rows] = compareMetrics(demoClient().analytics, 'CTR,CVR', 'WoW', '2026-11-22', SETTINGS).rows;
    expect(sectionRows(tab(READOUT_TABS.kpis), 'Traffic (Analytics tab), week over week: 2026-11-16')).toEqual(
      [header, ...rows.map(readoutComparisonRow)].map(trimRow),
    );
  });

  it('SKU rows leave out a previous week the data covers in part, and say why under the table (the partial-period rule)', () => {
    // The demo's orders from Wednesday 11 November on: the week of 9 November is covered 5 of 7 days.
    const [header, ...lines] = demoClient().orders;
    const fromWednesday = new MemoryWorkbook(
      { Orders: [header, ...lines.filter((l) => String(l[header.indexOf('Paid Time')]) >= '11/11/2026')] },
      ZONE,
    );
    refreshReadout(fromWednesday, { now: NOW });
    const rows = sectionRows(fromWednesday.peek(READOUT_TABS.skus)!, 'By Seller SKU, week over week');
    const note = rows.pop();
    expect(rows.slice(1).every((row) => row[2] === '' && row[3] === '')).toBe(true);
    expect(note).toEqual(['Previous week 2026-11-09 – 2026-11-15: data from 2026-11-11, 5 of 7 days, so it is left out.']);
  });

  it('SKU rows are TTS_PIVOT by Seller SKU for this week and last week, with contributions summing to 100%', () => {
    const rows = sectionRows(tab(READOUT_TABS.skus), 'By Seller SKU, week over week');
    const [header, ...body] = rows;
    expect(header).toEqual(['Seller SKU', 'GMV this week', 'GMV last week', 'Change', 'Contribution to change', 'Share of GMV', 'Orders', 'Units']);
    const total = body.pop()!;
    const thisWeek = ttsPivot(orders, 'Seller SKU', 'GMV,Orders,Units', '2026-11-16', '2026-11-22', SETTINGS);
    const lastWeek = ttsPivot(orders, 'Seller SKU', 'GMV', '2026-11-09', '2026-11-15', SETTINGS);
    const current = new Map<CellValue, CellValue[]>(thisWeek.slice(1).map((r) => [r[0], r]));
    const previous = new Map<CellValue, CellValue[]>(lastWeek.slice(1).map((r) => [r[0], r]));
    expect(total.slice(0, 3)).toEqual(['Total', current.get('Total')![1], previous.get('Total')![1]]);
    expect(total[6]).toBe(current.get('Total')![2]);
    for (const [sku, gmv, before, change, , , ordersCount, units] of body) {
      expect([gmv, ordersCount, units]).toEqual(current.has(sku) ? current.get(sku)!.slice(1) : [0, 0, 0]);
      expect(before).toBe(previous.get(sku)?.[1] ?? 0);
      expect(change).toBeCloseTo((gmv as number) - (before as number), 6);
    }
    expect(body.length).toBe(new Set([...current.keys(), ...previous.keys()]).size - 1);
    expect(body.reduce((sum, row) => sum + (row[4] as number), 0)).toBeCloseTo(1, 9);
    expect(body.reduce((sum, row) => sum + (row[5] as number), 0)).toBeCloseTo(1, 9);
    const gmvs = body.map((row) => row[1] as number);
    expect(gmvs).toEqual([...gmvs].sort((a, b) => b - a));
  });

  it('health rows are healthReport rows, coloured by status', () => {
    const report = healthReport(orders, {}, SETTINGS, 'Orders');
    const rows = sectionRows(tab(READOUT_TABS.health), 'Account health: 2026-10-24 – 2026-11-22');
    expect(rows.slice(1)).toEqual(report.rows.map((r) => trimRow([r.metric, r.value ?? '', r.target, r.status, r.numerator, r.denominator, r.note])));
    expect(summary.health).toEqual(report.rows.map((r) => ({ metric: r.metric, status: r.status, value: r.value })));
    const content = workbook.written(READOUT_TABS.health)!;
    const ldr = content.values.findIndex((row) => row[0] === 'LDR');
    expect(content.values[ldr][3]).toBe('AT RISK');
    expect(content.backgrounds![ldr].every((fill) => fill === '#f4cccc')).toBe(true);
  });

  it('QA lists every listing, promo and link finding with a link to the cell at fault', () => {
    const expected = [
      // The workbook's client is billed in dollars (the default): its QA writes money as its update does, $18.99.
      ...listingFindings(PRODUCTS, SETTINGS, 'Products', reportFormat('USD')),
      ...promoFindings(PROMOS, PRODUCTS, SETTINGS, 'Promos', reportFormat('USD')),
      ...linkFindings(LINKS, SETTINGS, 'Links'),
    ];
    const content = workbook.written(READOUT_TABS.qa)!;
    const rows = sectionRows(content.values, 'Tab');
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual(expected.map((f) => [f.severity, f.check, f.message]));
    // The summary of Refresh read-out counts the whole QA checklist (health and accuracy too), as `check` does: one count.
    const counted = refreshAndCount(workbook, NOW, SHEETS_SURFACE).qaCounts!;
    expect(counted).toEqual(runChecklist(workbook, NOW).counts);
    expect(counted.ERROR).toBeGreaterThan(expected.filter((f) => f.severity === 'ERROR').length);
    const promotional = rows.find((r) => r[3] === 'title-promotional')!;
    expect(promotional.slice(0, 2)).toEqual(['Products', 4]);
    expect(promotional[6]).toBe('Products!B4');
    expect(PRODUCTS[3][1]).toContain('FREE SHIPPING');
    const inputs: Record<string, CellValue[][]> = { Products: PRODUCTS, Promos: PROMOS, Links: LINKS };
    expect(content.links).toHaveLength(rows.length);
    for (const link of content.links!) {
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(link.a1)!;
      const column = letters.charCodeAt(0) - 65;
      const finding = content.values[link.row];
      expect(`${link.tab}!${link.a1}`).toBe(finding[6]);
      expect(Number(row)).toBe(finding[1]);
      expect(inputs[link.tab][1][column]).toBe(expected[content.links!.indexOf(link)].column ?? inputs[link.tab][1][0]);
    }
  });

  it('copies no buyer personal data into any tab it writes', () => {
    const header = orders[0];
    const personal = [
      'Buyer Nickname',
      'Buyer Username',
      'Recipient',
      'Phone #',
      'Address Line 1',
      'Address Line 2',
      'Buyer Message',
      'Delivery Instruction',
    ];
    const columns = personal.map((name) => header.indexOf(name));
    expect(columns.every((c) => c >= 0)).toBe(true);
    const values = new Set<string>();
    for (const row of orders.slice(2))
      for (const c of columns) if (typeof row[c] === 'string' && String(row[c]).trim()) values.add(String(row[c]).trim());
    expect(values.size).toBeGreaterThan(1000);
    const written = READOUTS.flatMap((name) => tab(name).flat()).filter((cell): cell is string => typeof cell === 'string');
    expect(written.filter((cell) => values.has(cell.trim()))).toEqual([]);
    const text = written.join('\n');
    expect([...values].filter((value) => value.length >= 8 && text.includes(value))).toEqual([]);
  });
});

describe('refreshReadout and the tabs it owns', () => {
  it("never overwrites a user's tab of the same name: writes beside it, and reuses that tab next time", () => {
    const workbook = filledWorkbook();
    const mine = [['My own KPI notes'], ['GMV target', 20000]];
    workbook.addUserTab('TTS · KPIs', mine);
    const first = refreshReadout(workbook, { now: NOW });
    const tabsAfterFirst = workbook.listTabs();
    const second = refreshReadout(workbook, { now: NOW });
    expect(first.tabsWritten).toEqual(['TTS · KPIs (2)', 'TTS · SKUs', 'TTS · Health', 'TTS · QA']);
    expect(second.tabsWritten).toEqual(first.tabsWritten);
    expect(workbook.listTabs()).toEqual(tabsAfterFirst);
    expect(workbook.peek('TTS · KPIs')).toBe(mine);
    expect(workbook.calls()['writeTab:TTS · KPIs']).toBeUndefined();
    expect(workbook.ownedTabs()).toEqual(new Set(first.tabsWritten));
    expect(workbook.peek('TTS · KPIs (2)')![0][0]).toBe('TTS · KPIs');
  });

  it('gives the same tabs and values when run twice', () => {
    const workbook = filledWorkbook();
    refreshReadout(workbook, { now: NOW });
    const before = READOUTS.map((name) => workbook.written(name));
    refreshReadout(workbook, { now: NOW });
    expect(READOUTS.map((name) => workbook.written(name))).toEqual(before);
    expect(workbook.calls()['markOwned:TTS · QA']).toBe(1);
  });
});

describe('refreshReadout with missing or empty inputs', () => {
  it('writes a line saying what to do instead of failing, when the workbook has no input tabs, naming the set-up where it was asked', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    const summary = refreshReadout(workbook, { now: NOW, surface: SHEETS_SURFACE });
    expect(summary).toEqual({
      tabsWritten: READOUTS,
      gmvWoW: null,
      currency: 'USD',
      market: '',
      health: [],
      qaCounts: null,
      dataThrough: null,
      problems: [],
    });
    const kpis = workbook.peek(READOUT_TABS.kpis)!.flat();
    expect(kpis).toContain("No 'Orders' tab: run TTS Ops › Set up client workbook, then paste the Seller Center order export into it.");
    expect(kpis).toContain("No 'Analytics' tab: run TTS Ops › Set up client workbook, then paste the Data Compass product analytics export into it.");
    expect(workbook.peek(READOUT_TABS.kpis)![2][0]).toBe('No dated data yet (America/Los_Angeles); refreshed 2026-11-23 09:00.');
    expect(workbook.peek(READOUT_TABS.qa)!.flat()).toContain(
      "No 'Links' tab: run TTS Ops › Set up client workbook, then list your tracked links in it.",
    );
    refreshReadout(workbook, { now: NOW, surface: commandLineSurface('glow.xlsx') });
    expect(workbook.peek(READOUT_TABS.kpis)!.flat()).toContain(
      "No 'Orders' tab: run tts-ops setup glow.xlsx, then paste the Seller Center order export into it.",
    );
    expect(workbook.peek(READOUT_TABS.qa)!.flat()).toContain("No 'Links' tab: run tts-ops setup glow.xlsx, then list your tracked links in it.");
    refreshReadout(workbook, { now: NOW });
    expect(workbook.peek(READOUT_TABS.kpis)!.flat().join('\n')).not.toMatch(/TTS Ops ›|tts-ops/);
  });

  it('on a freshly set-up workbook, says each input tab is still empty', () => {
    const workbook = new MemoryWorkbook({}, ZONE);
    setupWorkbook(workbook);
    refreshReadout(workbook, { now: NOW });
    expect(workbook.peek(READOUT_TABS.health)!.flat()).toContain(
      "The 'Orders' tab has no dated rows yet: paste the Seller Center order export into it, header row included.",
    );
    expect(workbook.peek(READOUT_TABS.qa)!.flat()).toContain('No rows yet: list your products under the header.');
  });

  it('reports an unreadable Orders tab in the tabs, naming the cell', () => {
    const { orders } = demoClient();
    const broken = orders.map((row) => row.slice());
    broken[5][16] = 'ten dollars';
    const workbook = new MemoryWorkbook({ Orders: broken }, ZONE);
    refreshReadout(workbook, { now: NOW });
    expect(workbook.peek(READOUT_TABS.kpis)!.flat().join('\n')).toContain("Orders: row 6, column Q 'SKU Subtotal After Discount': expected a number");
  });

  it('lists the sections that could not be computed from data present, the unreadable Orders tab first', () => {
    const broken = demoClient().orders.map((row) => row.slice());
    broken[5][16] = 'ten dollars';
    const summary = refreshReadout(new MemoryWorkbook({ Orders: broken }, ZONE), { now: NOW });
    expect(summary.problems).toEqual([
      "Orders: row 6, column Q 'SKU Subtotal After Discount': expected a number or an amount such as 1234.56, $1,234.56 or (5.00), found text of 11 characters (letters and spaces).",
    ]);
    expect(summary.dataThrough).toBe('2026-11-22 23:47 (America/Los_Angeles)');
  });

  it('refuses a one-day export whose dates carry no clock without a market or dateOrder, and computes it with one', () => {
    const oneDay: CellValue[][] = [
      MARKET_ORDER_HEADER,
      ['583870900000000001', 'Completed', '172900000000000011', 'SERUM', 1, 150000, '03/11/2026', '', 0],
      ['583870900000000002', 'Completed', '172900000000000011', 'SERUM', 2, 300000, '03/11/2026', '', 0],
    ];
    const without = refreshReadout(new MemoryWorkbook({ Orders: oneDay }, 'Asia/Jakarta'), { now: NOW });
    expect(without.problems[0]).toMatch(/^Orders: row 2, column G 'Paid Time': a date that reads as 2026-11-03 \(day first\) or 2026-03-11/);
    expect(without.dataThrough).toBeNull();
    const settings = [['TTS Ops settings'], ['Key', 'Value'], ['dateOrder', 'DMY']];
    const withOrder = refreshReadout(new MemoryWorkbook({ Orders: oneDay, Settings: settings }, 'Asia/Jakarta'), { now: NOW });
    expect(withOrder.problems).toEqual([]);
    expect(withOrder.dataThrough).toBe('2026-11-03 00:00 (Asia/Jakarta)');
  });
});

describe('refreshReadout with a Settings tab', () => {
  const settingsTab = (rows: CellValue[][]): CellValue[][] => [['TTS Ops settings'], ['Key', 'Value'], ...rows];

  it('computes with the Settings tab: Sunday weeks and the client in the titles', () => {
    const workbook = filledWorkbook();
    workbook.addUserTab(
      'Settings',
      settingsTab([
        ['client.name', 'Glow & Co'],
        ['weekStart', 'Sunday'],
      ]),
    );
    refreshReadout(workbook, { now: NOW });
    const values = workbook.peek(READOUT_TABS.kpis)!;
    expect(values[0][0]).toBe('TTS · KPIs · Glow & Co');
    const expected = ttsPivot(demoClient().orders, 'week', WEEKLY_KPIS.join(','), '', '', withSettings({ timeZone: ZONE, weekStart: 0 }));
    expect(sectionRows(values, 'Weekly (weeks start Sunday)')).toEqual(expected.map(trimRow));
  });

  it('stops with an InputError naming the row of a bad value', () => {
    const workbook = filledWorkbook();
    workbook.addUserTab('Settings', settingsTab([['health.ldrLimit', 'four percent']]));
    expect(() => refreshReadout(workbook, { now: NOW })).toThrow(InputError);
    expect(() => refreshReadout(workbook, { now: NOW })).toThrow(
      "Settings: row 3, column B 'Value': 'health.ldrLimit' must be a number; found text of 12 characters (letters and spaces), not shown (it may be personal data).",
    );
  });
});
