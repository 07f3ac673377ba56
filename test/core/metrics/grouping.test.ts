import { ALL_DAYS } from '../../../src/core/metrics/dayRange';
import { groupFrame, parseGroupBy, type GroupBy } from '../../../src/core/metrics/grouping';
import type { Measure } from '../../../src/core/metrics/measures';
import { buildOrderFrame } from '../../../src/core/metrics/orderFrame';
import { withSettings } from '../../../src/core/settings/settings';
import { ORDER_LINES, orderTable } from './metricsTables';

const MONDAY_WEEKS = withSettings({ timeZone: 'America/Los_Angeles', weekStart: 1 });

/** The paid lines' groups: labels in display order, and each line's label. */
function grouped(groupBy: GroupBy, values = ORDER_LINES, settings = MONDAY_WEEKS): { labels: string[]; lines: string[]; title: string } {
  const table = orderTable(values);
  const frame = buildOrderFrame(table, new Set<Measure>(['gmv']), ALL_DAYS, settings);
  const groups = groupFrame(frame, table, groupBy, settings);
  return { labels: groups.order.map((g) => groups.labels[g]), lines: [...groups.ids].map((g) => groups.labels[g]), title: groups.title };
}

describe('parseGroupBy', () => {
  it('reads day, week and month in any case or as an adjective, and anything else as a header', () => {
    expect(['Day', 'daily', 'date', 'WEEK', 'weekly', 'Month', [['monthly']]].map(parseGroupBy)).toEqual([
      { grain: 'day' },
      { grain: 'day' },
      { grain: 'day' },
      { grain: 'week' },
      { grain: 'week' },
      { grain: 'month' },
      { grain: 'month' },
    ]);
    expect(parseGroupBy(' Seller SKU ')).toEqual({ header: 'Seller SKU' });
    expect(parseGroupBy('constructor')).toEqual({ header: 'constructor' });
  });

  it('refuses a blank rows argument, naming what it takes', () => {
    expect(() => parseGroupBy('  ')).toThrow("'rows' is empty: use day, week, month or a column header such as Seller SKU.");
  });
});

describe('groupFrame', () => {
  it('groups paid lines by week from the Settings week start, in calendar order', () => {
    expect(grouped({ grain: 'week' })).toEqual({
      labels: ['2026-11-16'],
      lines: ['2026-11-16', '2026-11-16', '2026-11-16', '2026-11-16', '2026-11-16'],
      title: 'Week',
    });
    const sundays = grouped({ grain: 'week' }, ORDER_LINES, withSettings({ timeZone: 'America/Los_Angeles', weekStart: 0 }));
    expect(sundays.labels).toEqual(['2026-11-15', '2026-11-22']); // Sunday the 22nd opens a week of its own
  });

  it('groups by day and by month, labelled as ISO days and months', () => {
    expect(grouped({ grain: 'day' }).labels).toEqual(['2026-11-16', '2026-11-17', '2026-11-22']);
    expect(grouped({ grain: 'month' })).toMatchObject({ labels: ['2026-11'], title: 'Month' });
  });

  it('groups by a column: cleaned labels, blanks as (blank), numbers in natural order, titled by the header', () => {
    const values = [
      ORDER_LINES[0],
      ['6001', 'Completed', '', 'SKU-10', 1, 5, 0, '2026-11-16 10:00'],
      ['6002', 'Completed', '', ' SKU-2 ', 1, 5, 0, '2026-11-16 11:00'],
      ['6003', 'Completed', '', 'SKU-2', 1, 5, 0, '2026-11-16 12:00'],
      ['6004', 'Completed', '', '', 1, 5, 0, '2026-11-16 13:00'],
    ];
    expect(grouped({ header: 'seller sku' }, values)).toEqual({
      labels: ['(blank)', 'SKU-2', 'SKU-10'],
      lines: ['SKU-10', 'SKU-2', 'SKU-2', '(blank)'],
      title: 'Seller SKU',
    });
  });

  it('refuses a header the table does not have', () => {
    expect(() => grouped({ header: 'Warehouse' })).toThrow(/^no column 'Warehouse' in the header row \(row 1\): 'Order ID', 'Order Status', /);
  });
});
