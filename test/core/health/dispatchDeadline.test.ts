import { BusinessCalendar } from '../../../src/core/health/businessCalendar';
import { DispatchDeadline } from '../../../src/core/health/dispatchDeadline';

const wall = (text: string): number => Date.parse(text.replace(' ', 'T') + 'Z');
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

describe('dispatch deadline (2 business days)', () => {
  const calendar = new BusinessCalendar();
  const endOfDay = new DispatchDeadline(calendar, 2, 'end of day');
  const sameTime = new DispatchDeadline(calendar, 2, 'same time');

  it('ends at midnight of the second business day after the paid day', () => {
    expect(iso(endOfDay.of(wall('2026-11-16 15:00:00')))).toBe('2026-11-18 23:59:59');
    expect(iso(endOfDay.of(wall('2026-11-20 08:00:00')))).toBe('2026-11-24 23:59:59'); // Friday → Tuesday
    expect(iso(endOfDay.of(wall('2026-11-25 10:00:00')))).toBe('2026-11-30 23:59:59'); // across Thanksgiving
  });

  it('is late from the first moment after the deadline', () => {
    const deadline = endOfDay.of(wall('2026-11-16 15:00:00'));
    expect(wall('2026-11-18 23:59:59') > deadline).toBe(false);
    expect(wall('2026-11-19 00:00:00') > deadline).toBe(true);
  });

  it("keeps the paid time of day with 'same time'", () => {
    const deadline = sameTime.of(wall('2026-11-16 15:00:00'));
    expect(iso(deadline)).toBe('2026-11-18 15:00:00');
    expect(wall('2026-11-18 15:00:00') > deadline).toBe(false);
    expect(wall('2026-11-18 15:00:01') > deadline).toBe(true);
  });

  it('starts counting a weekend or holiday payment from the next business day, in both modes', () => {
    for (const rule of [endOfDay, sameTime]) {
      expect(iso(rule.of(wall('2026-11-21 10:00:00')))).toBe('2026-11-24 23:59:59'); // Saturday → Tuesday
      expect(iso(rule.of(wall('2026-11-26 09:00:00')))).toBe('2026-11-30 23:59:59'); // Thanksgiving → Monday
    }
  });
});
