import { measuresFor, metricTotals, metricValue } from '../../../src/core/metrics/evaluate';
import { ALL_DAYS } from '../../../src/core/metrics/dayRange';
import { parseMetricList } from '../../../src/core/metrics/parseMetricList';
import { readSalesTable } from '../../../src/core/metrics/readSalesTable';
import { withSettings } from '../../../src/core/settings/settings';
import { ANALYTICS_DAYS, ORDER_LINES } from './metricsTables';

const SETTINGS = withSettings({ timeZone: 'America/Los_Angeles' });

describe('measuresFor', () => {
  it("gathers each metric's numerator and denominator once", () => {
    expect([...measuresFor(parseMetricList('GMV, AOV, Cancel rate'), readSalesTable(ORDER_LINES))].sort()).toEqual([
      'cancelledOrders',
      'gmv',
      'orders',
    ]);
  });

  it('refuses a metric the kind of table given cannot have, naming the table it needs', () => {
    expect(() => measuresFor(parseMetricList('CTR'), readSalesTable(ORDER_LINES))).toThrow(
      'CTR needs a product analytics table; the range given is an order export.',
    );
  });
});

describe('metricValue', () => {
  it('divides the summed numerator by the summed denominator, after aggregation', () => {
    const [aov, cancelRate] = parseMetricList('AOV, Cancel rate');
    const totals = metricTotals(readSalesTable(ORDER_LINES), [aov, cancelRate], ALL_DAYS, SETTINGS);
    expect(metricValue(aov, totals, 1)).toBe(75 / 3);
    expect(metricValue(cancelRate, totals, 1)).toBe(1 / 3);
  });

  it('is null for a ratio over nothing, and money to the cent', () => {
    const [ctr, gmv] = parseMetricList('CTR, GMV');
    const noImpressions = [ANALYTICS_DAYS[0], ['2026-11-20', 100.005, 1, 0, 0]];
    const totals = metricTotals(readSalesTable(noImpressions), [ctr, gmv], ALL_DAYS, SETTINGS);
    expect(metricValue(ctr, totals, 1)).toBeNull();
    expect(metricValue(gmv, totals, 1)).toBe(100.01);
  });
});
