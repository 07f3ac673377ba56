import { runChecklist } from '../../../src/core/actions/check';
import { buildClientUpdate } from '../../../src/core/actions/export/buildClientUpdate';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { refreshSummaryText } from '../../../src/core/actions/summaryText';
import { ttsHealth } from '../../../src/core/formulas/healthFormulas';
import { ttsPromoQa } from '../../../src/core/formulas/qaFormulas';
import { PROMO_TAB_HEADERS } from '../../../src/core/qa/promoColumns';
import { formulaContext } from '../../../src/core/workbook/formulaContext';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { READOUT_TABS } from '../../../src/core/workbook/tabNames';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { analyticsTab, ordersTab, SETTINGS_TAB, TWO_WEEKS, twoWeekWorkbook } from '../report/reportFixture';

const NOW = new Date('2026-11-23T17:00:00Z');
const NBSP = '\u00a0';

/** The cancel rate's 5% limit, as the Health read-out, the checklist and the client update of one shop write it. */
function cancelLimitEverywhere(market: string): string[] {
  const workbook = twoWeekWorkbook({ Settings: [...SETTINGS_TAB, ['client.market', market]] });
  refreshReadout(workbook, { now: NOW });
  const health = workbook.written(READOUT_TABS.health)!.values.find((row) => row[0] === 'Cancel rate')!;
  const finding = runChecklist(workbook, NOW)
    .groups.flatMap((group) => group.findings)
    .find((f) => f.check === 'health-cancel-rate')!;
  const update = buildClientUpdate(workbook, { cadence: 'wbr', now: NOW, signOffLine: '' });
  const item = update.health.items.find((h) => h.metric === 'Cancel rate')!;
  return [String(health[2]), /target (≤ [^;]+);/.exec(finding.message)![1], item.target];
}

describe('one shop writes a number one way on every surface', () => {
  it.each([
    ['US', '≤ 5%'],
    ['DE', `≤ 5${NBSP}%`],
    ['ID', '≤ 5%'],
    ['JP', '≤ 5%'],
  ])('%s: the health read-out, the checklist and the client update write the cancel-rate limit as %s', (market, written) => {
    expect(cancelLimitEverywhere(market)).toEqual([written, written, written]);
  });
});

/** A flash deal at 12,500 against a 30-day low of 12,000 (an ERROR that quotes both prices). */
const PROMOS: CellValue[][] = [
  ['One row per SKU and promotion.'],
  PROMO_TAB_HEADERS,
  ['A', 'Flash deal', 'BF', 15000, 12500, '', '', '2026-11-27 08:00', '2026-11-28 08:00', 12000, 50, '', '', '', ''],
];

/** The two weeks in thousands: GMV 100,000 this week, in the shop's own currency. */
function thousandsWorkbook(market: string, zone: string): MemoryWorkbook {
  const orders = ordersTab(
    TWO_WEEKS.map(([id, status, type, sku, qty, subtotal, refund, paid]) => [id, status, type, sku, qty, subtotal * 1000, refund * 1000, paid]),
  );
  const analytics = analyticsTab().map((row, r) => (r === 0 ? row : [row[0], Number(row[1]) * 1000, ...row.slice(2)]));
  const settings = [...SETTINGS_TAB, ['client.market', market]];
  return new MemoryWorkbook({ Orders: orders, Analytics: analytics, Settings: settings, Promos: PROMOS }, zone);
}

/** This week's GMV, a promotion's price and the cancel-rate limit, as each surface of one shop writes them, formulas included. */
function amountsEverywhere(market: string, zone: string): { gmv: string[]; price: string[]; limit: string[] } {
  const workbook = thousandsWorkbook(market, zone);
  const summary = refreshSummaryText(refreshReadout(workbook, { now: NOW }));
  const update = buildClientUpdate(workbook, { cadence: 'wbr', now: NOW, signOffLine: '' });
  const findings = runChecklist(workbook, NOW).groups.flatMap((group) => group.findings);
  const { settings, format } = formulaContext(workbook.peek('Settings'), zone);
  const formula = ttsPromoQa(PROMOS.slice(1), '', settings, format);

  const priceIn = (message: unknown): string => /price (.+) is not below the 30-day low/.exec(String(message))![1];
  const qaTab = workbook.written(READOUT_TABS.qa)!.values.find((row) => row.some((cell) => String(cell).includes('30-day low')))!;
  const formulaHealth = ttsHealth(workbook.peek('Orders'), '', '', settings, format).find((row) => row[0] === 'Cancel rate')!;
  const readoutHealth = workbook.written(READOUT_TABS.health)!.values.find((row) => row[0] === 'Cancel rate')!;
  return {
    gmv: [/^GMV last 7 days: (.+) \(/m.exec(summary)![1], update.scorecard.rows.find((row) => row.metric === 'GMV')!.text.current],
    price: [
      priceIn(qaTab.find((cell) => String(cell).includes('30-day low'))),
      priceIn(findings.find((f) => f.check === 'price-not-below-30-day-low')!.message),
      priceIn(formula.find((row) => row[2] === 'price-not-below-30-day-low')![3]),
    ],
    limit: [String(readoutHealth[2]), String(formulaHealth[2])],
  };
}

describe('one shop writes an amount one way on every surface, formulas included', () => {
  it.each([
    ['US', 'America/Los_Angeles', '$100,000.00', '$12,500.00', '≤ 5%'],
    ['DE', 'Europe/Berlin', `100.000,00${NBSP}€`, `12.500,00${NBSP}€`, `≤ 5${NBSP}%`],
    ['ID', 'Asia/Jakarta', `Rp${NBSP}100.000`, `Rp${NBSP}12.500`, '≤ 5%'],
    ['JP', 'Asia/Tokyo', '¥100,000', '¥12,500', '≤ 5%'],
  ])(
    '%s (%s): GMV %s in the refresh summary and the client update; a price %s on the QA tab, in the checklist and TTS_PROMO_QA; the cancel-rate limit %s on the Health tab and in TTS_HEALTH',
    (market, zone, gmv, price, limit) => {
      expect(amountsEverywhere(market, zone)).toEqual({ gmv: [gmv, gmv], price: [price, price, price], limit: [limit, limit] });
    },
  );
});
