import { cadencePeriods, parseCadence, parseCadenceAnswer, type Cadence, type CadencePeriods } from '../../../src/core/report/cadence';
import { dayFromParts, formatDay } from '../../../src/core/values/calendarDay';

const day = (text: string): number => {
  const [y, m, d] = text.split('-').map(Number);
  return dayFromParts(y, m, d);
};
const span = (range: { from: number; to: number }): string => `${formatDay(range.from)}..${formatDay(range.to)}`;
const MONDAY = { toDate: false, weekStart: 1 } as const;
const periods = (cadence: Cadence, asOf: string, choice: { toDate?: boolean; weekStart?: 0 | 1 } = {}): CadencePeriods =>
  cadencePeriods(cadence, day(asOf), { ...MONDAY, ...choice });
const row = (p: CadencePeriods): string[] => [span(p.current), span(p.previous), span(p.yearAgo), p.names.current, p.names.previous, p.names.yearAgo];

/**
 * Worked by hand on a calendar: 2026-11-22 and 2027-01-03 are Sundays, 2026-11-25 a Wednesday, 2026-11-30 a Monday;
 * 2028 is a leap year (February has 29 days, Q1 91); Q4 has 92 days, Q3 92, Q2 91, Q1 of a common year 90.
 */
const TABLE: [Cadence, string, { toDate?: boolean; weekStart?: 0 | 1 }, string[]][] = [
  // WBR: the last complete week ending on or before as-of; the year-ago week 364 days back, on the same weekdays.
  [
    'wbr',
    '2026-11-22',
    {},
    [
      '2026-11-16..2026-11-22',
      '2026-11-09..2026-11-15',
      '2025-11-17..2025-11-23',
      'week of 2026-11-16 (7 days)',
      'week of 2026-11-09 (7 days)',
      'week of 2025-11-17 (7 days)',
    ],
  ],
  // A Sunday week start (US retail calendars): Sunday 15 to Saturday 21 November.
  [
    'wbr',
    '2026-11-25',
    { weekStart: 0 },
    [
      '2026-11-15..2026-11-21',
      '2026-11-08..2026-11-14',
      '2025-11-16..2025-11-22',
      'week of 2026-11-15 (7 days)',
      'week of 2026-11-08 (7 days)',
      'week of 2025-11-16 (7 days)',
    ],
  ],
  // Across a year end.
  [
    'wbr',
    '2027-01-03',
    {},
    [
      '2026-12-28..2027-01-03',
      '2026-12-21..2026-12-27',
      '2025-12-29..2026-01-04',
      'week of 2026-12-28 (7 days)',
      'week of 2026-12-21 (7 days)',
      'week of 2025-12-29 (7 days)',
    ],
  ],
  // The week holding 29 February 2028 is 7 days; 364 days back is 1 March 2027, a Monday.
  [
    'wbr',
    '2028-03-05',
    {},
    [
      '2028-02-28..2028-03-05',
      '2028-02-21..2028-02-27',
      '2027-03-01..2027-03-07',
      'week of 2028-02-28 (7 days)',
      'week of 2028-02-21 (7 days)',
      'week of 2027-03-01 (7 days)',
    ],
  ],
  // Week to date, asked for: Monday to Wednesday against Monday to Wednesday.
  [
    'wbr',
    '2026-11-25',
    { toDate: true },
    [
      '2026-11-23..2026-11-25',
      '2026-11-16..2026-11-18',
      '2025-11-24..2025-11-26',
      'week of 2026-11-23 to date (3 days)',
      'week of 2026-11-16, same days (3 days)',
      'week of 2025-11-24, same days (3 days)',
    ],
  ],
  // MBR: all of November against all of October (different lengths, said), and November a year earlier.
  [
    'mbr',
    '2026-11-30',
    {},
    [
      '2026-11-01..2026-11-30',
      '2026-10-01..2026-10-31',
      '2025-11-01..2025-11-30',
      'November 2026 (30 days)',
      'October 2026 (31 days)',
      'November 2025 (30 days)',
    ],
  ],
  // Mid-month: the last complete month.
  [
    'mbr',
    '2026-11-22',
    {},
    [
      '2026-10-01..2026-10-31',
      '2026-09-01..2026-09-30',
      '2025-10-01..2025-10-31',
      'October 2026 (31 days)',
      'September 2026 (30 days)',
      'October 2025 (31 days)',
    ],
  ],
  [
    'mbr',
    '2027-01-10',
    {},
    [
      '2026-12-01..2026-12-31',
      '2026-11-01..2026-11-30',
      '2025-12-01..2025-12-31',
      'December 2026 (31 days)',
      'November 2026 (30 days)',
      'December 2025 (31 days)',
    ],
  ],
  // A leap February against January and against the 28-day February of 2027.
  [
    'mbr',
    '2028-03-15',
    {},
    [
      '2028-02-01..2028-02-29',
      '2028-01-01..2028-01-31',
      '2027-02-01..2027-02-28',
      'February 2028 (29 days)',
      'January 2028 (31 days)',
      'February 2027 (28 days)',
    ],
  ],
  // Month to date, asked for: the same first days, cut where the other month ends.
  [
    'mbr',
    '2026-11-22',
    { toDate: true },
    [
      '2026-11-01..2026-11-22',
      '2026-10-01..2026-10-22',
      '2025-11-01..2025-11-22',
      'November 2026 to date (22 days)',
      'October 2026, same days (22 days)',
      'November 2025, same days (22 days)',
    ],
  ],
  [
    'mbr',
    '2026-03-31',
    { toDate: true },
    [
      '2026-03-01..2026-03-31',
      '2026-02-01..2026-02-28',
      '2025-03-01..2025-03-31',
      'March 2026 to date (31 days)',
      'February 2026, same days (28 days)',
      'March 2025, same days (31 days)',
    ],
  ],
  [
    'mbr',
    '2028-02-29',
    { toDate: true },
    [
      '2028-02-01..2028-02-29',
      '2028-01-01..2028-01-29',
      '2027-02-01..2027-02-28',
      'February 2028 to date (29 days)',
      'January 2028, same days (29 days)',
      'February 2027, same days (28 days)',
    ],
  ],
  // QBR: the last complete calendar quarter.
  [
    'qbr',
    '2026-09-30',
    {},
    ['2026-07-01..2026-09-30', '2026-04-01..2026-06-30', '2025-07-01..2025-09-30', 'Q3 2026 (92 days)', 'Q2 2026 (91 days)', 'Q3 2025 (92 days)'],
  ],
  [
    'qbr',
    '2026-05-31',
    {},
    ['2026-01-01..2026-03-31', '2025-10-01..2025-12-31', '2025-01-01..2025-03-31', 'Q1 2026 (90 days)', 'Q4 2025 (92 days)', 'Q1 2025 (90 days)'],
  ],
  [
    'qbr',
    '2028-04-01',
    {},
    ['2028-01-01..2028-03-31', '2027-10-01..2027-12-31', '2027-01-01..2027-03-31', 'Q1 2028 (91 days)', 'Q4 2027 (92 days)', 'Q1 2027 (90 days)'],
  ],
  // Quarter to date: the 92-day Q4 is cut at its 91st day.
  [
    'qbr',
    '2028-03-31',
    { toDate: true },
    [
      '2028-01-01..2028-03-31',
      '2027-10-01..2027-12-30',
      '2027-01-01..2027-03-31',
      'Q1 2028 to date (91 days)',
      'Q4 2027, same days (91 days)',
      'Q1 2027, same days (90 days)',
    ],
  ],
];

describe('cadencePeriods against a calendar worked by hand', () => {
  it.each(TABLE)('%s as of %s %j', (cadence, asOf, choice, expected) => {
    expect(row(periods(cadence, asOf, choice))).toEqual(expected);
  });

  it('reports the same last complete week from a Wednesday as from the Sunday that ended it', () => {
    expect(row(periods('wbr', '2026-11-25'))).toEqual(row(periods('wbr', '2026-11-22')));
  });

  it('charts whole periods ending with the current one; the period to date is last only when asked', () => {
    const weeks = periods('wbr', '2026-11-25');
    expect(weeks.trend.map(span)).toEqual([
      '2026-09-28..2026-10-04',
      '2026-10-05..2026-10-11',
      '2026-10-12..2026-10-18',
      '2026-10-19..2026-10-25',
      '2026-10-26..2026-11-01',
      '2026-11-02..2026-11-08',
      '2026-11-09..2026-11-15',
      '2026-11-16..2026-11-22',
    ]);
    expect(periods('mbr', '2026-11-22').trend.map(span)).toEqual([
      '2026-05-01..2026-05-31',
      '2026-06-01..2026-06-30',
      '2026-07-01..2026-07-31',
      '2026-08-01..2026-08-31',
      '2026-09-01..2026-09-30',
      '2026-10-01..2026-10-31',
    ]);
    expect(periods('mbr', '2026-11-22', { toDate: true }).trend.map(span).slice(-2)).toEqual(['2026-10-01..2026-10-31', '2026-11-01..2026-11-22']);
    expect(periods('qbr', '2026-05-31').trend.map(span)).toEqual([
      '2025-04-01..2025-06-30',
      '2025-07-01..2025-09-30',
      '2025-10-01..2025-12-31',
      '2026-01-01..2026-03-31',
    ]);
  });

  it('names how the year-ago period was chosen', () => {
    expect(periods('wbr', '2026-11-22').yearAgoRule).toBe('the same weekdays 364 days earlier');
    expect(periods('mbr', '2026-11-22').yearAgoRule).toBe('the same calendar month a year earlier');
    expect(periods('qbr', '2026-11-22').yearAgoRule).toBe('the same calendar quarter a year earlier');
  });

  it('looks for next steps from the day after as-of to the end of the next week, month or quarter', () => {
    expect(span(periods('wbr', '2026-11-22').coming)).toBe('2026-11-23..2026-11-29');
    expect(span(periods('mbr', '2026-11-22').coming)).toBe('2026-11-23..2026-12-31');
    expect(span(periods('mbr', '2026-11-30').coming)).toBe('2026-12-01..2026-12-31');
    expect(span(periods('qbr', '2026-09-30').coming)).toBe('2026-10-01..2026-12-31');
  });

  it('reads the cadence case-insensitively and names the choices for anything else', () => {
    expect(parseCadence(' MBR ')).toBe('mbr');
    expect([parseCadenceAnswer('MBR to date'), parseCadenceAnswer('qbr'), parseCadenceAnswer('wbr to-date')]).toEqual([
      { cadence: 'mbr', toDate: true },
      { cadence: 'qbr', toDate: false },
      { cadence: 'wbr', toDate: true },
    ]);
    expect(() => parseCadence('weekly')).toThrow("Unknown cadence 'weekly'. Use wbr (weekly), mbr (monthly) or qbr (quarterly).");
  });
});
