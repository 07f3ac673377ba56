import { planTab, readTrackerRows } from '../../../src/core/actions/export/trackerTable';
import { formatDay } from '../../../src/core/values/calendarDay';
import { ttsGmv } from '../../../src/core/formulas/kpiFormulas';
import type { MarketCode } from '../../../src/core/markets/marketCodes';
import { DEFAULT_WORKBOOK_SETTINGS, withMarket } from '../../../src/core/workbook/settingsTab';
import type { CellValue } from '../../../src/core/workbook/workbookPort';

/** Three orders paid on 2, 3 and 4 November 2026, Paid Time written as the market's export writes it. */
const exportOf = (paid: (day: number) => string): CellValue[][] => [
  ['Order ID', 'SKU Subtotal After Discount', 'Paid Time'],
  ['578312940011223301', '100.00', paid(2)],
  ['578312940011223302', '250.00', paid(3)],
  ['578312940011223303', '400.00', paid(4)],
];
const amPm = (day: number): string => `11/0${day}/2026 9:15:04 AM`;
const twentyFourHour = (day: number): string => `0${day}/11/2026 19:40:00`;
const yearFirst = (day: number): string => `2026/11/0${day} 19:40:00`;
const settingsOf = (market: MarketCode) => withMarket(DEFAULT_WORKBOOK_SETTINGS, market).settings;

describe('a date typed as text in a formula reads in the order people type in the shop’s market, not the export’s', () => {
  it.each([
    ['MX', '03/11/2026', amPm],
    ['BR', '03/11/2026', amPm],
    ['DE', '03.11.2026', amPm],
    ['US', '11/03/2026', amPm],
    ['UK', '03/11/2026', twentyFourHour],
  ] as const)('%s: the export read by its clock, a typed %s as 3 November', (market, typed, paid) => {
    const settings = settingsOf(market);
    expect(ttsGmv(exportOf(paid), typed, typed, '', settings)).toBe(250);
    expect(ttsGmv(exportOf(paid), '2026-11-03', '2026-11-04', '', settings)).toBe(650);
  });

  it('JP: dates are typed year first, so 2026/11/03 reads and 03/11/2026, which nothing settles, is refused', () => {
    const settings = settingsOf('JP');
    expect(ttsGmv(exportOf(yearFirst), '2026/11/03', '2026/11/03', '', settings)).toBe(250);
    expect(() => ttsGmv(exportOf(yearFirst), '03/11/2026', '', '', settings)).toThrow(
      "'start': a date that reads as 2026-11-03 (day first) or 2026-03-11 (month first), and no date in the argument settles which. " +
        "Type it year first (YYYY-MM-DD), or set the shop's market on the Settings tab (row client.market), or the row typedDateOrder (DMY or MDY).",
    );
  });

  it('the typedDateOrder row overrides the market’s: an MX shop whose team types month first', () => {
    const settings = { ...settingsOf('MX'), typedDateOrder: 'MDY' as const };
    expect(ttsGmv(exportOf(amPm), '11/03/2026', '11/03/2026', '', settings)).toBe(250);
  });
});

describe('a plan tab’s dates, typed by the account team', () => {
  it('read day first in Mexico (03/12/2026 is 3 December), and refused in Japan, naming the cell and the typedDateOrder row', () => {
    const actions = [
      ['Next steps agreed with the client.'],
      ['Action', 'Owner', 'Due date', 'Status'],
      ['Restock the 350 ml mug', 'Ana', '03/12/2026', 'Open'],
    ];
    const rows = readTrackerRows(actions, planTab('Action items'), settingsOf('MX'));
    expect(typeof rows === 'string' ? rows : rows.map((row) => formatDay(row.day('Due date')!))).toEqual(['2026-12-03']);
    expect(readTrackerRows(actions, planTab('Action items'), settingsOf('JP'))).toBe(
      "Action items: row 3, column C 'Due date': a date that reads as 2026-12-03 (day first) or 2026-03-12 (month first), and no date in the table settles which. " +
        "Type it year first (YYYY-MM-DD), or set the shop's market on the Settings tab (row client.market), or the row typedDateOrder (DMY or MDY).",
    );
  });
});
