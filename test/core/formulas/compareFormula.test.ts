import { compareMetrics, ttsCompare } from '../../../src/core/formulas/compareFormula';
import { withSettings } from '../../../src/core/settings/settings';
import { smallOrderExport } from '../../fixtures/smallOrderExport';

const settings = withSettings();
/** The small export with an order on Monday 9 November, so the data covers the whole previous week. */
const withWholePreviousWeek = (): unknown[][] => [
  ...smallOrderExport(),
  ['576000000000000006\t', 'Completed', '', 'MUG-01', 'Mug', 1, 5, 5, 0, '11/09/2026 09:00:00 AM\t', '', 'buyer_f'],
];

describe('TTS_COMPARE', () => {
  it('WoW: the 7 days ending at the last date in the data vs the 7 before; rate changes in points', () => {
    const { rows, comparison, notes } = compareMetrics(withWholePreviousWeek(), 'GMV, Orders, Cancel rate', 'WoW', '', settings);
    expect(comparison.description).toBe('2026-11-16 – 2026-11-22 vs 2026-11-09 – 2026-11-15');
    // A previous cancel rate of 0 leaves Change % blank.
    expect(rows).toEqual([
      ['Metric', 'Current', 'Previous', 'Change', 'Change %'],
      ['GMV', 1050, 55, 995, 995 / 55],
      ['Orders', 3, 2, 1, 0.5],
      ['Cancel rate', 1 / 3, 0, 1 / 3, ''],
    ]);
    expect(notes).toEqual([]);
  });

  it('leaves out a previous period the data covers only in part, keeps a partial current one uncompared, and says why under the table, with the coverage', () => {
    // The data starts on Tuesday 10 November: the previous week is covered 6 of 7 days.
    expect(ttsCompare(smallOrderExport(), 'GMV, Orders', 'WoW', '', settings)).toEqual([
      ['Metric', 'Current', 'Previous', 'Change', 'Change %'],
      ['GMV', 1050, '', '', ''],
      ['Orders', 3, '', '', ''],
      ['Previous period 2026-11-09 – 2026-11-15: data from 2026-11-10, 6 of 7 days, so it is left out.', '', '', '', ''],
    ]);
    expect(ttsCompare(smallOrderExport(), 'GMV', 'MoM', '2026-11-22', settings).slice(1)).toEqual([
      ['GMV', 1100, '', '', ''],
      ['Current period 2026-11-01 – 2026-11-22: data from 2026-11-10, 13 of 22 days.', '', '', '', ''],
      ['Previous period 2026-10-01 – 2026-10-22: no data, so it is left out.', '', '', '', ''],
    ]);
  });

  it('MoM and QoQ cut the previous period to the same number of days', () => {
    const mom = compareMetrics(smallOrderExport(), 'GMV', 'MoM', '2026-03-31', settings).comparison;
    expect(mom.description).toBe('2026-03-01 – 2026-03-31 vs 2026-02-01 – 2026-02-28');
    const momMid = compareMetrics(smallOrderExport(), 'GMV', 'MoM', '2026-11-22', settings).comparison;
    expect(momMid.description).toBe('2026-11-01 – 2026-11-22 vs 2026-10-01 – 2026-10-22');
    const qoq = compareMetrics(smallOrderExport(), 'GMV', 'QoQ', '2026-11-22', settings).comparison;
    expect(qoq.description).toBe('2026-10-01 – 2026-11-22 vs 2026-07-01 – 2026-08-22');
  });

  it('YoY compares year to date; YoY-week compares the same weekdays 364 days earlier', () => {
    expect(compareMetrics(smallOrderExport(), 'GMV', 'YoY', '2026-11-22', settings).comparison.description).toBe(
      '2026-01-01 – 2026-11-22 vs 2025-01-01 – 2025-11-22',
    );
    expect(compareMetrics(smallOrderExport(), 'GMV', 'yoy-week', '2026-11-22', settings).comparison.description).toBe(
      '2026-11-16 – 2026-11-22 vs 2025-11-17 – 2025-11-23',
    );
  });

  it('refuses unknown periods', () => {
    expect(() => ttsCompare(smallOrderExport(), 'GMV', 'fortnight', '', settings)).toThrow("Unknown period 'fortnight'");
  });
});
