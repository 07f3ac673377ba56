import { cadencePeriods, parseCadence } from '../../../src/core/report/cadence';
import { dayFromParts, formatDay, partsOfDay } from '../../../src/core/values/calendarDay';

const day = (text: string): number => {
  const [y, m, d] = text.split('-').map(Number);
  return dayFromParts(y, m, d);
};
const span = (range: { from: number; to: number }): string => `${formatDay(range.from)}..${formatDay(range.to)}`;

describe('cadencePeriods', () => {
  it('WBR: the 7 days ending as-of, the 7 before, and the same weekdays 364 days earlier, across a month end', () => {
    const p = cadencePeriods('wbr', day('2026-03-01'));
    expect([span(p.current), span(p.previous), span(p.yearAgo)]).toEqual([
      '2026-02-23..2026-03-01',
      '2026-02-16..2026-02-22',
      '2025-02-24..2025-03-02',
    ]);
    expect(partsOfDay(p.yearAgo.to).weekday).toBe(partsOfDay(p.current.to).weekday);
    expect(p.yearAgoRule).toBe('the same weekdays 364 days earlier');
    expect(p.trend).toHaveLength(8);
    expect(p.trend[7]).toEqual(p.current);
    for (let i = 1; i < 8; i++) expect(p.trend[i].from).toBe(p.trend[i - 1].to + 1);
    expect(span(p.coming)).toBe('2026-03-02..2026-03-08');
  });

  it('WBR over a leap day: the week holding 29 February is still 7 days, and 364 days back lands on the same weekday', () => {
    const p = cadencePeriods('wbr', day('2028-03-02'));
    expect([span(p.current), span(p.previous), span(p.yearAgo)]).toEqual([
      '2028-02-25..2028-03-02',
      '2028-02-18..2028-02-24',
      '2027-02-26..2027-03-04',
    ]);
  });

  it('MBR: month to date vs the previous month cut to the same number of days, and vs the same dates last year', () => {
    const end = cadencePeriods('mbr', day('2026-03-31'));
    expect([span(end.current), span(end.previous), span(end.yearAgo)]).toEqual([
      '2026-03-01..2026-03-31',
      '2026-02-01..2026-02-28',
      '2025-03-01..2025-03-31',
    ]);
    const mid = cadencePeriods('mbr', day('2026-11-22'));
    expect([span(mid.current), span(mid.previous), span(mid.yearAgo)]).toEqual([
      '2026-11-01..2026-11-22',
      '2026-10-01..2026-10-22',
      '2025-11-01..2025-11-22',
    ]);
    expect(mid.trend.map(span)).toEqual([
      '2026-06-01..2026-06-30',
      '2026-07-01..2026-07-31',
      '2026-08-01..2026-08-31',
      '2026-09-01..2026-09-30',
      '2026-10-01..2026-10-31',
      '2026-11-01..2026-11-22',
    ]);
    expect(span(mid.coming)).toBe('2026-11-23..2026-12-31');
  });

  it('MBR on a leap day: 29 February 2028 compares with 1–29 January and with February 2027, which ends on the 28th', () => {
    const p = cadencePeriods('mbr', day('2028-02-29'));
    expect([span(p.current), span(p.previous), span(p.yearAgo)]).toEqual([
      '2028-02-01..2028-02-29',
      '2028-01-01..2028-01-29',
      '2027-02-01..2027-02-28',
    ]);
  });

  it('QBR: quarter to date vs the previous quarter cut to the same number of days, and vs the same dates last year', () => {
    const p = cadencePeriods('qbr', day('2026-05-31'));
    expect([span(p.current), span(p.previous), span(p.yearAgo)]).toEqual([
      '2026-04-01..2026-05-31',
      '2026-01-01..2026-03-02',
      '2025-04-01..2025-05-31',
    ]);
    expect(p.previous.to - p.previous.from).toBe(p.current.to - p.current.from);
    expect(p.trend.map(span)).toEqual(['2025-07-01..2025-09-30', '2025-10-01..2025-12-31', '2026-01-01..2026-03-31', '2026-04-01..2026-05-31']);
    const leap = cadencePeriods('qbr', day('2028-03-31'));
    // Q1 2028 has 91 days (a leap year), so the 92-day Q4 is cut at its 91st day.
    expect(span(leap.previous)).toBe('2027-10-01..2027-12-30');
    expect(span(leap.yearAgo)).toBe('2027-01-01..2027-03-31');
  });

  it('reads the cadence case-insensitively and names the choices for anything else', () => {
    expect(parseCadence(' MBR ')).toBe('mbr');
    expect(() => parseCadence('weekly')).toThrow("Unknown cadence 'weekly'. Use wbr (weekly), mbr (monthly) or qbr (quarterly).");
  });
});
