import { reportBlocks, scorecardTable } from '../../../../src/core/report/reportBlocks';
import { buildClientUpdate } from '../../../../src/core/actions/export/buildClientUpdate';
import type { ClientUpdate, ScorecardRow } from '../../../../src/core/report/clientUpdate';
import { MemoryWorkbook } from '../../../../src/core/workbook/memoryWorkbook';
import { PLAN_TABS } from '../../../../src/core/workbook/setupTabs';
import type { CellValue } from '../../../../src/core/workbook/workbookPort';
import { filledWorkbook } from '../../workbook/clientFixture';
import { ANALYTICS_COLUMNS, analyticsTab, ordersTab, SETTINGS_TAB, TWO_WEEKS, twoWeekWorkbook, type Line } from '../../report/reportFixture';

const NOW = new Date('2026-11-23T17:00:00Z');
const build = (workbook: MemoryWorkbook, asOf?: string, cadence: 'wbr' | 'mbr' | 'qbr' = 'wbr', toDate = false): ClientUpdate =>
  buildClientUpdate(workbook, { cadence, asOf, toDate, now: NOW, signOffLine: 'QA signed off by ana@agency.example at 2026-11-23 08:30.' });
const row = (update: ClientUpdate, metric: string): ScorecardRow => update.scorecard.rows.find((r) => r.metric === metric)!;

/** Every number written in a text: 1,234.56 / 2.2 / 40 (signs and currency left aside). */
const numbersIn = (text: string): string[] => text.match(/\d[\d,]*(\.\d+)?/g) ?? [];

/** The numbers the model shows in its tables: scorecard, bridge, SKU movers, health. */
function shownNumbers(update: ClientUpdate): Set<string> {
  const texts = [
    ...update.scorecard.rows.flatMap((r) => Object.values(r.text)),
    ...(update.bridge.ok ? [update.bridge.changeText, ...update.bridge.effects.flatMap((e) => [e.effectText, e.currentText, e.previousText])] : []),
    ...[...update.movers.up, ...update.movers.down].flatMap((m) => [m.changeText, m.currentText, m.previousText, m.label]),
    ...update.health.items.flatMap((h) => [h.valueText, h.target, h.metric]),
  ];
  return new Set(texts.flatMap(numbersIn));
}

const planTab = (name: string, rows: CellValue[][]): CellValue[][] => {
  const layout = PLAN_TABS.find((t) => t.name === name)!;
  return [[layout.instruction], layout.headers.slice(), ...rows];
};

describe('buildClientUpdate on hand-checked data', () => {
  it('names a bad as-of day as the surface that asked does, and the hint names no cell', () => {
    expect(() => build(twoWeekWorkbook(), 'someday')).toThrow("The as-of day must be a date such as 2026-11-22; got 'someday'.");
  });

  it('titles an update whose Settings name no client as such, never after the file', () => {
    const unnamed = twoWeekWorkbook({ Settings: SETTINGS_TAB.filter((cells) => cells[0] !== 'client.name') });
    expect(build(unnamed).title).toBe('[client name not set] — WBR — 2026-11-16 – 2026-11-22');
  });

  it('computes the WBR scorecard: current, previous, change (rates in points), change %, arrows that know which way is good', () => {
    const update = build(twoWeekWorkbook());
    expect(update.title).toBe('Glow & Co — WBR — 2026-11-16 – 2026-11-22');
    expect(update.preparedBy).toBe('Mia Chen');
    expect(update.freshness).toEqual(['Data through 2026-11-22 23:30 (America/Los_Angeles).']);
    expect(update.internal.slice(0, 2)).toEqual([
      'QA signed off by ana@agency.example at 2026-11-23 08:30.',
      'The read-out tabs have not been refreshed yet.',
    ]);
    const gmv = row(update, 'GMV');
    expect([gmv.current, gmv.previous, gmv.change]).toEqual([100, 60, 40]);
    expect(gmv.text).toMatchObject({ current: '$100.00', previous: '$60.00', change: '+$40.00', changePercent: '+66.7%' });
    expect([gmv.direction, gmv.tone]).toEqual(['up', 'good']);
    expect(row(update, 'Orders').text).toMatchObject({ current: '3', previous: '2', change: '+1', changePercent: '+50.0%' });
    expect(row(update, 'Units').current).toBe(5);
    expect(row(update, 'AOV').text).toMatchObject({ current: '$33.33', previous: '$30.00' });
    expect(row(update, 'Net GMV').text).toMatchObject({ current: '$80.00', previous: '$20.00' });
    // Cancel rate 0 → 1/3: up, which is bad news; refund rate 1/2 → 0 is not final (the week ended on the data's last day).
    const cancel = row(update, 'Cancel rate');
    expect(cancel.text).toMatchObject({ current: '33.33%', previous: '0.00%', change: '+33.33 pp', changePercent: '' });
    expect([cancel.direction, cancel.tone]).toEqual(['up', 'bad']);
    expect(row(update, 'Refund rate')).toMatchObject({ current: 0, previous: 0.5, direction: null, tone: 'neutral', notFinal: true });
    expect(row(update, 'CTR').text).toMatchObject({ current: '2.00%', previous: '1.50%', change: '+0.50 pp' });
    expect(row(update, 'CVR').text).toMatchObject({ current: '0.30%', previous: '0.25%', change: '+0.05 pp' });
    expect(update.scorecard.yearAgo).toEqual({
      shown: false,
      reason: 'No year-ago comparison: the order data does not reach back to 2025-11-17 – 2025-11-23 (the same weekdays 364 days earlier).',
    });
  });

  it('splits the GMV change into traffic, conversion and basket effects that sum exactly to it', () => {
    const { bridge } = build(twoWeekWorkbook());
    if (!bridge.ok) throw new Error(bridge.reason);
    expect(bridge.effects.map((e) => [e.factor, e.previousText, e.currentText, e.effect])).toEqual([
      ['Traffic', '800', '1,000', 17.44],
      ['Conversion', '0.25%', '0.30%', 14.28],
      ['Basket', '$30.00', '$33.33', 8.28],
    ]);
    expect(Math.round(bridge.effects.reduce((sum, e) => sum + e.effect * 100, 0))).toBe(4000);
    expect(bridge.changeText).toBe('+$40.00');
  });

  it('counts one buyer of two products once: the bridge converts visitors to orders from the order export, its basket is the AOV', () => {
    // Analytics by product (as Data Compass lists it): the buyer of order 1 (Glow Serum and Tumbler) is a customer of each
    // product, so this week shows 3 customers for 2 orders.
    const rows: CellValue[][] = [['Date', 'Product name', 'GMV', 'Orders', 'Visitors', 'Customers', 'Product impressions', 'Product clicks']];
    for (let i = 0; i < 14; i++) {
      const day = `2026-11-${String(9 + i).padStart(2, '0')}`;
      const visitors = i === 0 || i === 7 ? 400 : 0;
      const [serum, tumbler] = i === 0 ? [1, 0] : i === 7 ? [2, 1] : [0, 0];
      rows.push([day, 'Glow Serum', 0, serum, visitors, serum, 0, 0], [day, 'Tumbler', 0, tumbler, visitors, tumbler, 0, 0]);
    }
    const lines: Line[] = [
      ['1', 'Completed', '', 'A', 1, 40, 0, '2026-11-16 10:00'],
      ['1', 'Completed', '', 'B', 1, 20, 0, '2026-11-16 10:00'],
      ['2', 'Completed', '', 'A', 1, 20, 0, '2026-11-22 12:00'],
      ['4', 'Completed', '', 'A', 1, 30, 0, '2026-11-09 08:00'],
    ];
    const update = build(twoWeekWorkbook({ Orders: ordersTab(lines), Analytics: rows }));
    if (!update.bridge.ok) throw new Error(update.bridge.reason);
    expect(update.bridge.effects.map((e) => [e.factor, e.measure, e.previousText, e.currentText])).toEqual([
      ['Traffic', 'visitors', '800', '800'],
      ['Conversion', 'orders ÷ visitors', '0.13%', '0.25%'],
      ['Basket', 'AOV', '$30.00', '$40.00'],
    ]);
    expect(update.bridge.effects[2].currentText).toBe(row(update, 'AOV').text.current);
    expect(update.definitions.join(' ')).toMatch(/orders ÷ visitors/);
  });

  it('names the SKUs that moved GMV most, by product name and SKU', () => {
    const { movers } = build(twoWeekWorkbook());
    expect(movers.up.map((m) => [m.label, m.sku, m.previousText, m.currentText, m.changeText])).toEqual([
      ['Glow Serum, 30 ml', 'A', '$20.00', '$60.00', '+$40.00'],
    ]);
    expect(movers.down).toEqual([]);
  });

  it('writes 3–7 sentences whose every number is one the scorecard, bridge, movers or health shows', () => {
    const demo = filledWorkbook();
    // The demo's 16 weeks hold no complete quarter: its QBR is the quarter to date.
    for (const [workbook, cadence, toDate] of [
      [twoWeekWorkbook(), 'wbr', false],
      [demo, 'wbr', false],
      [demo, 'mbr', false],
      [demo, 'qbr', true],
    ] as const) {
      const update = build(workbook, undefined, cadence, toDate);
      expect(update.narrative.length).toBeGreaterThanOrEqual(3);
      expect(update.narrative.length).toBeLessThanOrEqual(7);
      const shown = shownNumbers(update);
      for (const number of update.narrative.flatMap(numbersIn)) expect([number, shown.has(number)]).toEqual([number, true]);
    }
    expect(build(twoWeekWorkbook()).narrative.slice(0, 4)).toEqual([
      'GMV rose 66.7% week over week to $100.00 (from $60.00).',
      'Of the +$40.00 change, the largest effect was more visitors (+$17.44); conversion +$14.28 and basket +$8.28.',
      'Glow Serum, 30 ml added $40.00 of GMV, more than any other SKU.',
      'Orders rose to 3 (+50.0%); AOV rose to $33.33 (+11.1%).',
    ]);
  });

  it('says among its definitions that the latest period’s Refund rate reads low (returns arrive after the export)', () => {
    expect(build(twoWeekWorkbook()).definitions).toContainEqual(expect.stringMatching(/^Refund rate: .*recent orders can still be returned/));
  });

  it('never judges refunds that are not final: no arrow, no colour, no sentence; marked and explained until 60 days after the period', () => {
    const recent = build(twoWeekWorkbook());
    for (const metric of ['Refund rate', 'Net GMV']) expect(row(recent, metric)).toMatchObject({ direction: null, tone: 'neutral', notFinal: true });
    const cells = scorecardTable(recent).rows.find((cells) => cells[0].text === 'Refund rate')!;
    expect(cells.slice(1, 4).map((c) => [c.text, c.tone])).toEqual([
      ['0.00% (not final)', undefined],
      ['50.00%', undefined],
      ['−50.00 pp', undefined],
    ]);
    expect(recent.narrative.join(' ')).not.toMatch(/refund|net gmv/i);
    expect(recent.scorecard.notes).toContain(
      'Refund rate and Net GMV are not final: buyers can still return orders of this period, so they read low and their change is shown ' +
        'without judging it; they are taken as final 60 days after a period ends (from 2027-01-21).',
    );
    // Data through 21 January 2027: the week of 16 November ended 60 days before, so its refunds are final and judged.
    const later: Line = ['9', 'Completed', '', 'A', 1, 20, 0, '2027-01-21 09:00'];
    const settled = build(twoWeekWorkbook({ Orders: ordersTab([...TWO_WEEKS, later]) }), '2026-11-22');
    expect(row(settled, 'Refund rate')).toMatchObject({ direction: 'down', tone: 'good' });
    expect(row(settled, 'Refund rate').notFinal).toBeUndefined();
    expect(settled.narrative.join(' ')).toMatch(/Refund rate 0\.00% \(−50\.00 pp\)/);
  });

  it('uses the currency of the Settings tab', () => {
    const update = build(twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.currency', 'EUR']] }));
    expect(row(update, 'GMV').text.current).toBe('€100.00');
    const franc = build(twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.currency', 'CHF']] }));
    // No market uses the franc: written the US way, code first.
    expect(row(franc, 'GMV').text.change).toBe('+CHF\u00a040.00');
    const baht = build(twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.currency', 'THB']] }));
    expect(row(baht, 'GMV').text.change).toBe('+฿40.00');
    // The yen has no minor unit: whole amounts, as the read-out's money format shows them.
    const yen = build(twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.currency', 'JPY']] }));
    expect(row(yen, 'AOV').text.current).toBe('¥33');
  });

  it('writes money and rates as the market does and trend labels in English in its order: a German client reads 100,00 € and 16 Nov', () => {
    const german = build(twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.market', 'DE']] }));
    expect(row(german, 'GMV').text).toMatchObject({ current: '100,00\u00a0€', previous: '60,00\u00a0€', change: '+40,00\u00a0€' });
    expect(row(german, 'GMV').text.changePercent).toBe('+66,7\u00a0%');
    expect(german.trend.points.map((p) => p.label).slice(-2)).toEqual(['9 Nov', '16 Nov']);
    // Cancel and refund rate have limits here (the fixture has no columns for the other three).
    expect(german.health.items.map((h) => h.target)).toEqual(['', '', '', '≤ 5\u00a0%', '≤ 5\u00a0%']);
    expect(german.narrative[0]).toBe('GMV rose 66,7\u00a0% week over week to 100,00\u00a0€ (from 60,00\u00a0€).');
  });

  it('labels a US trend by month name, never MM-DD, which a UK reader takes as day-month', () => {
    const labels = build(twoWeekWorkbook()).trend.points.map((p) => p.label);
    expect(labels.slice(-2)).toEqual(['Nov 9', 'Nov 16']);
    const british = build(twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.market', 'UK']] }));
    expect(british.trend.points.map((p) => p.label).slice(-2)).toEqual(['9 Nov', '16 Nov']);
  });
});

describe('buildClientUpdate without Analytics', () => {
  it('says Analytics is missing instead of guessing: no CTR/CVR values, no bridge, no sentence about them', () => {
    const workbook = new MemoryWorkbook({ Orders: ordersTab(TWO_WEEKS), Settings: SETTINGS_TAB }, 'America/Los_Angeles');
    const update = build(workbook);
    for (const metric of ['CTR', 'CVR']) {
      expect(row(update, metric)).toMatchObject({ current: null, previous: null, direction: null });
      expect(row(update, metric).missing).toContain("No 'Analytics' tab");
    }
    expect(update.bridge).toEqual({
      ok: false,
      reason: 'No GMV bridge: it needs traffic data (visitors) for both periods.',
      detail: expect.stringMatching(/^No 'Analytics' tab/),
    });
    expect(update.scorecard.notes[0]).toBe('CTR and CVR are not shown: there is no traffic data for this update.');
    expect(update.internal).toContainEqual(expect.stringContaining("No 'Analytics' tab"));
    const text = update.narrative.join(' ');
    expect(text).not.toMatch(/CVR|CTR|Analytics|visitor|conversion|missing|no data/i);
    expect(update.narrative.length).toBeGreaterThanOrEqual(3);
  });

  it('says so when Analytics stops before the period ends', () => {
    const update = build(twoWeekWorkbook({ Analytics: analyticsTab(12) }));
    expect(update.bridge).toEqual({
      ok: false,
      reason: 'No GMV bridge: Traffic data, this period 2026-11-16 – 2026-11-22: data through 2026-11-20, 5 of 7 days, so it is left out.',
    });
    expect(row(update, 'CVR').current).toBeNull();
    expect(update.narrative.join(' ')).not.toMatch(/CVR|conversion/);
  });
});

describe('buildClientUpdate periods on real timestamps', () => {
  it('puts orders in the shop’s day across the spring-forward DST change (Los Angeles, 8 March 2026)', () => {
    const lines: Line[] = [
      // 07:30 UTC on 9 March is 00:30 PDT on the 9th: after the week; a fixed PST offset would say 23:30 on the 8th.
      ['1', 'Completed', '', 'A', 1, 11, 0, new Date('2026-03-09T07:30:00Z')],
      // 06:59 UTC on 9 March is 23:59 PDT on the 8th: the last minute of the week.
      ['2', 'Completed', '', 'A', 1, 22, 0, new Date('2026-03-09T06:59:00Z')],
      // 07:30 UTC on 2 March is 23:30 PST on 1 March: the previous week.
      ['3', 'Completed', '', 'A', 1, 44, 0, new Date('2026-03-02T07:30:00Z')],
      ['4', 'Completed', '', 'B', 1, 88, 0, new Date('2026-02-23T18:00:00Z')],
    ];
    const workbook = new MemoryWorkbook({ Orders: ordersTab(lines), Settings: SETTINGS_TAB }, 'America/Los_Angeles');
    const update = build(workbook, '2026-03-08');
    expect(update.periodLabel).toBe('2026-03-02 – 2026-03-08');
    expect([row(update, 'GMV').current, row(update, 'GMV').previous]).toEqual([22, 132]);
  });

  it('compares the last complete month with the whole month before, lengths said; the month to date only when asked', () => {
    // One order of $5, $10, $20, … on each of these times.
    const paid = ['2026-01-01 09:00', '2026-01-28 12:00', '2026-01-29 12:00', '2026-02-28 12:00', '2026-03-29 12:00', '2026-03-31 23:59'];
    const lines = paid.map((time, i): Line => [String(i), 'Completed', '', 'A', 1, 5 * 2 ** i, 0, time]);
    const workbook = new MemoryWorkbook({ Orders: ordersTab(lines), Settings: SETTINGS_TAB }, 'America/Los_Angeles');
    const march = build(workbook, '2026-03-31', 'mbr');
    expect(march.comparisons.slice(0, 2)).toEqual([
      'This period: March 2026 (31 days), 2026-03-01 – 2026-03-31.',
      'Previous: February 2026 (28 days), 2026-02-01 – 2026-02-28.',
    ]);
    expect([row(march, 'GMV').current, row(march, 'GMV').previous]).toEqual([240, 40]);
    // Mid-March: February (40) against all of January, the 29th included (5 + 10 + 20).
    const midMarch = build(workbook, '2026-03-29', 'mbr');
    expect(midMarch.title).toBe('Glow & Co — MBR — 2026-02-01 – 2026-02-28');
    expect([row(midMarch, 'GMV').current, row(midMarch, 'GMV').previous]).toEqual([40, 35]);
    // Asked for the month to date: 1–29 March against 1–28 February (February has no 29th), titled so.
    const toDate = build(workbook, '2026-03-29', 'mbr', true);
    expect(toDate.title).toBe('Glow & Co — MBR (month to date) — 2026-03-01 – 2026-03-29');
    expect(toDate.comparisons[1]).toBe('Previous: February 2026, same days (28 days), 2026-02-01 – 2026-02-28.');
    expect([row(toDate, 'GMV').current, row(toDate, 'GMV').previous]).toEqual([80, 40]);
    expect(toDate.trend.points.map((p) => [p.label, p.partial]).slice(-2)).toEqual([
      ['2026-02', false],
      ['2026-03 (to date)', true],
    ]);
    // Data from 1 January on: a January to date has no December to compare with, says why, and says nothing it cannot know.
    const january = build(workbook, '2026-01-29', 'mbr', true);
    expect([row(january, 'GMV').current, row(january, 'GMV').previous]).toEqual([35, null]);
    expect(january.narrative[0]).toBe('GMV was $35.00.');
    expect(january.scorecard.notes).toContain('Order data, previous period 2025-12-01 – 2025-12-29: no data, so it is left out.');
  });

  it('says why the previous week is blank when the data starts inside it (the partial-period rule), instead of a silent blank', () => {
    const fromWednesday = TWO_WEEKS.filter(([id]) => id !== '4');
    const update = build(twoWeekWorkbook({ Orders: ordersTab(fromWednesday) }));
    expect(row(update, 'GMV').previous).toBeNull();
    expect(update.scorecard.notes).toContain(
      'Order data, previous period 2026-11-09 – 2026-11-15: data from 2026-11-15, 1 of 7 days, so it is left out.',
    );
  });

  it('refuses an as-of day later than the Orders data, saying what to do', () => {
    expect(() => build(twoWeekWorkbook(), '2026-11-30')).toThrow(
      'The Orders tab has data through 2026-11-22; the as-of day 2026-11-30 is later. Paste the newer order export, or choose 2026-11-22 or earlier.',
    );
    expect(() => build(new MemoryWorkbook({}))).toThrow(/^Nothing to report yet: No 'Orders' tab/);
  });
});

describe('buildClientUpdate sections', () => {
  it('lists health AT RISK first, promotions in the period and in the next 14 days, open actions and risks with overdue ones flagged', () => {
    const day = (text: string): string => text;
    const update = build(
      twoWeekWorkbook({
        'Promo calendar': planTab('Promo calendar', [
          ['Serum week', 'Campaign', day('2026-11-14'), day('2026-11-17'), 'A', 0.2, 'Account manager', 'Done', ''],
          ['Black Friday', 'Campaign', day('2026-11-27'), day('2026-11-30'), 'All', 0.25, 'Account manager', 'Submitted', ''],
          ['12.12', 'Campaign', day('2026-12-12'), day('2026-12-12'), 'All', 0.1, 'Account manager', 'Planned', ''],
          ['Old', 'LIVE', day('2026-11-01'), day('2026-11-02'), 'A', '', 'Account manager', 'Done', ''],
        ]),
        'Action items': planTab('Action items', [
          ['Fix listings', 'Account manager', day('2026-11-20'), 'In progress', 'High', 'QA', '', ''],
          ['Brief creators', 'Creator partnerships', day('2026-11-25'), 'Not started', 'Medium', 'WBR', '', ''],
          ['Submit deals', 'Account manager', day('2026-11-10'), 'Done', 'High', 'MBR', '', day('2026-11-09')],
        ]),
        Risks: planTab('Risks', [
          ['Stock-out', 'Inventory', 'Medium', 'High', 'Operations', 'Reorder', day('2026-11-30'), 'Open'],
          ['Old risk', 'Other', 'Low', 'Low', 'Operations', '', day('2026-10-01'), 'Closed'],
        ]),
        '30-60-90 plan': planTab('30-60-90 plan', [
          ['30 days', 'LDR under 4%', 'Later pickup', 'Operations', day('2026-11-27'), 'LDR ≤ 4%', 'On track'],
          ['90 days', 'Creators', 'Sign ten creators', 'Creator partnerships', day('2027-01-31'), '10 live', 'Not started'],
        ]),
      }),
    );
    expect(update.promotions.inPeriod.map((p) => [p.event, p.discount])).toEqual([['Serum week', '20%']]);
    expect(update.promotions.upcoming.map((p) => p.event)).toEqual(['Black Friday']);
    expect(update.promotions.upcomingWindow).toBe('2026-11-23 – 2026-12-06');
    expect(update.actions.items.map((a) => [a.text, a.owner, a.due, a.overdue])).toEqual([
      ['Fix listings', 'Account manager', '2026-11-20', true],
      ['Brief creators', 'Creator partnerships', '2026-11-25', false],
    ]);
    expect(update.risks.items.map((r) => [r.text, r.detail, r.overdue])).toEqual([['Stock-out', 'Reorder', false]]);
    expect(update.nextSteps.items.map((s) => [s.text, s.detail])).toEqual([['Later pickup', '30 days: LDR under 4%']]);
    const statuses = update.health.items.map((h) => h.status);
    const rank = ['AT RISK', 'WATCH', 'NOT ENOUGH DATA', 'OK'];
    expect(statuses.map((s) => rank.indexOf(s))).toEqual([...statuses.map((s) => rank.indexOf(s))].sort((a, b) => a - b));
  });

  it('prints the account team’s Commentary rows of the period under their sections, after the machine text', () => {
    const update = build(
      twoWeekWorkbook({
        Commentary: planTab('Commentary', [
          ['2026-11-18', 'Headlines', 'Black Friday stock arrived on Tuesday; the serum sold through its LIVE allocation.'],
          ['2026-11-16', 'account health', 'The carrier missed two pickups; a second carrier starts on Monday.'],
          ['2026-11-10', 'Headlines', 'Last week’s note, not this week’s.'],
          ['2026-11-20', 'Promotions', 'The 12.12 campaign brief goes out on Friday.'],
          ['2026-11-20', 'Gossip', 'Not a section.'],
        ]),
      }),
    );
    expect(update.commentary.items).toEqual([
      { section: 'Headlines', text: 'Black Friday stock arrived on Tuesday; the serum sold through its LIVE allocation.' },
      { section: 'Account health', text: 'The carrier missed two pickups; a second carrier starts on Monday.' },
      { section: 'Promotions', text: 'The 12.12 campaign brief goes out on Friday.' },
    ]);
    expect(update.internal).toContainEqual(expect.stringMatching(/^Commentary, data row 5: section 'Gossip' is not one of Headlines, /));
    // Promotions has no calendar rows but has the team's words: the section is there, headed, in the agenda.
    expect(update.agenda).toContain('Promotions');
    const blocks = reportBlocks(update);
    const at = (text: string): number => blocks.findIndex((b) => b.kind === 'paragraphs' && b.lines.includes(text));
    const heading = (text: string): number => blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(text));
    expect(at(update.commentary.items[0].text)).toBe(heading('Headlines') + 2);
    expect(at(update.commentary.items[1].text)).toBe(heading('Account health') + 2);
    expect(at(update.commentary.items[2].text)).toBe(heading('Promotions') + 1);
  });

  it('says which tracker tab is missing, and names a bad date cell, in the internal notes only', () => {
    const update = build(
      twoWeekWorkbook({
        'Action items': planTab('Action items', [['Fix listings', 'Account manager', 'next Tuesday', 'Not started', '', '', '', '']]),
      }),
    );
    expect(update.risks).toEqual({ tab: 'Risks', items: [], detail: "No 'Risks' tab: set up the client workbook to add it." });
    expect(update.actions.detail).toMatch(/^Action items: row 3, column C 'Due date': expected a date/);
    expect(update.internal).toContain(update.risks.detail);
    expect(update.internal).toContain(update.actions.detail);
    expect(update.agenda).not.toContain('Actions, risks and next steps');
  });
});

describe('an update of a period the order data covers only in part', () => {
  it('says there are no headline figures and why, never an empty Headlines section (Doc, deck, draft alike)', () => {
    const partWeek = twoWeekWorkbook({ Orders: ordersTab(TWO_WEEKS.filter((line) => line[7] >= '2026-11-20')), Analytics: [ANALYTICS_COLUMNS] });
    const update = build(partWeek, '2026-11-22');
    expect(update.scorecard.notes).toContainEqual(
      expect.stringMatching(/^Order data, this period 2026-11-16 – 2026-11-22: data from 2026-11-20, 3 of 7 days, so it is left out\.$/),
    );
    expect(update.narrative).toEqual(['No headline figures for this period: the notes under the KPI scorecard say why.']);
  });
});
