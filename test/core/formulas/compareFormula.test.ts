import { compareMetrics, ttsCompare } from '../../../src/core/formulas/compareFormula';
import { withSettings } from '../../../src/core/settings/settings';
import { smallOrderExport } from '../../fixtures/smallOrderExport';

const settings = withSettings();

describe('TTS_COMPARE', () => {
  it('WoW: the 7 days ending at the last date in the data vs the 7 before; rate changes in points', () => {
    const { rows, comparison } = compareMetrics(smallOrderExport(), 'GMV, Orders, Cancel rate', 'WoW', '', settings);
    expect(comparison.description).toBe('2026-11-16 – 2026-11-22 vs 2026-11-09 – 2026-11-15');
    expect(rows).toEqual([
      ['Metric', 'Current', 'Previous', 'Change', 'Change %'],
      ['GMV', 1050, 50, 1000, 20],
      ['Orders', 3, 1, 2, 2],
      ['Cancel rate', 1 / 3, 0, 1 / 3, ''],
    ]);
  });

  it('leaves Change % blank when the previous period is 0', () => {
    const rows = ttsCompare(smallOrderExport(), 'GMV', 'MoM', '2026-11-22', settings);
    expect(rows[1]).toEqual(['GMV', 1100, 0, 1100, '']);
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
