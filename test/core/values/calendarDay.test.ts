import { addMonths, dayFromParts, formatDay, formatMonth, startOfQuarter, startOfWeek } from '../../../src/core/values/calendarDay';

const day = (iso: string): number => dayFromParts(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

describe('calendar days', () => {
  it('starts weeks on Monday or Sunday as set', () => {
    // 2026-11-22 is a Sunday.
    expect(formatDay(startOfWeek(day('2026-11-22'), 1))).toBe('2026-11-16');
    expect(formatDay(startOfWeek(day('2026-11-22'), 0))).toBe('2026-11-22');
    expect(formatDay(startOfWeek(day('2026-11-16'), 1))).toBe('2026-11-16');
    expect(formatDay(startOfWeek(day('2027-01-01'), 1))).toBe('2026-12-28');
  });

  it('adds months clamped to the shorter month', () => {
    expect(formatDay(addMonths(day('2026-03-31'), -1))).toBe('2026-02-28');
    expect(formatDay(addMonths(day('2024-03-31'), -1))).toBe('2024-02-29');
    expect(formatDay(addMonths(day('2026-01-15'), -3))).toBe('2025-10-15');
  });

  it('labels months and quarters', () => {
    expect(formatMonth(day('2026-11-22'))).toBe('2026-11');
    expect(formatDay(startOfQuarter(day('2026-11-22')))).toBe('2026-10-01');
  });
});
