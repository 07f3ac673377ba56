import { dateOrderEvidence, parseDateTime } from '../../../src/core/values/parseDateTime';

const LA = 'America/Los_Angeles';
const wall = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s);

describe('parseDateTime', () => {
  it.each([
    ['10/05/2026 10:22:04 PM\t', wall(2026, 10, 5, 22, 22, 4)],
    ['10/05/2026 12:05:00 AM', wall(2026, 10, 5, 0, 5)],
    ['10/05/2026 12:05:00 PM', wall(2026, 10, 5, 12, 5)],
    ['2026-10-05', wall(2026, 10, 5)],
    ['2026-10-05 07:08', wall(2026, 10, 5, 7, 8)],
    ['2026-10-05T07:08:09', wall(2026, 10, 5, 7, 8, 9)],
    ['10/5/2026', wall(2026, 10, 5)],
  ])('reads US and ISO text %p', (text, expected) => {
    expect(parseDateTime(text, 'MDY', LA)).toBe(expected);
  });

  it('converts UTC timestamps (a trailing Z) to the shop wall clock', () => {
    expect(parseDateTime('2026-05-10T06:30:00Z', 'MDY', LA)).toBe(wall(2026, 5, 9, 23, 30));
    expect(parseDateTime('2026-05-10T06:30:00.250Z', 'MDY', LA)).toBe(wall(2026, 5, 9, 23, 30));
    expect(parseDateTime('2026-05-10T06:30:00+07:00', 'MDY', LA)).toBeNaN();
  });

  it('reads day-first text when told the order', () => {
    expect(parseDateTime('05/10/2026 22:05:43', 'DMY', LA)).toBe(wall(2026, 10, 5, 22, 5, 43));
  });

  it('reads Sheets serial numbers as wall-clock days', () => {
    expect(parseDateTime(46316.5, 'MDY', LA)).toBe(wall(2026, 10, 21, 12));
  });

  it('reads Date values on the time zone wall clock, across DST', () => {
    expect(parseDateTime(new Date('2026-07-01T06:30:00Z'), 'MDY', LA)).toBe(wall(2026, 6, 30, 23, 30));
    expect(parseDateTime(new Date('2026-12-01T07:30:00Z'), 'MDY', LA)).toBe(wall(2026, 11, 30, 23, 30));
    expect(parseDateTime(new Date('2026-12-01T07:30:00Z'), 'MDY', 'Asia/Bangkok')).toBe(wall(2026, 12, 1, 14, 30));
  });

  it('returns undefined for blanks and NaN for impossible or unreadable dates', () => {
    expect(parseDateTime('', 'MDY', LA)).toBeUndefined();
    expect(parseDateTime('\t', 'MDY', LA)).toBeUndefined();
    expect(parseDateTime('31/02/2026', 'DMY', LA)).toBeNaN();
    expect(parseDateTime('02/30/2026', 'MDY', LA)).toBeNaN();
    expect(parseDateTime('13/13/2026', 'MDY', LA)).toBeNaN();
    expect(parseDateTime('10/05/2026 13:00:00 PM', 'MDY', LA)).toBeNaN();
    expect(parseDateTime('next tuesday', 'MDY', LA)).toBeNaN();
    expect(parseDateTime(-3, 'MDY', LA)).toBeNaN();
  });

  it('tells day-first from month-first only where one reading is impossible', () => {
    expect(dateOrderEvidence('25/10/2026 10:00:00')).toBe('DMY');
    expect(dateOrderEvidence('10/25/2026 10:00:00 AM')).toBe('MDY');
    expect(dateOrderEvidence('05/10/2026')).toBeUndefined();
    expect(dateOrderEvidence('2026-10-25')).toBeUndefined();
  });
});
