import fc from 'fast-check';
import { dayFromParts, dayOfWallClock } from '../../../src/core/values/calendarDay';
import { parseDateTime, type DateOrder } from '../../../src/core/values/parseDateTime';
import { slashTextDay, slashTextWallClock } from '../../../src/core/values/slashTextDay';

const fullDay = (text: string, order: DateOrder): number | undefined => {
  const wall = parseDateTime(text, order, 'America/Los_Angeles');
  return wall === undefined || isNaN(wall) ? undefined : dayOfWallClock(wall);
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Seller Center-like timestamps with every field sometimes out of range, odd widths and endings. */
const timestampArb = fc
  .record({
    a: fc.integer({ min: 0, max: 35 }),
    b: fc.integer({ min: 0, max: 35 }),
    year: fc.integer({ min: 0, max: 2100 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    padA: fc.boolean(),
    meridiem: fc.constantFrom('', ' AM', ' PM', 'pm', ' am', ' XM', ' P'),
    end: fc.constantFrom('', '\t', '  ', '\u00a0', 'Z', '.5', ' x', '\t1'),
    yearWidth: fc.constantFrom(4, 2, 5),
  })
  .map(
    (t) => `${t.padA ? pad(t.a, 2) : t.a}/${t.b}/${pad(t.year, t.yearWidth)} ${t.hour}:${pad(t.minute, 2)}:${pad(t.second, 2)}${t.meridiem}${t.end}`,
  );

describe('slashTextDay', () => {
  it('reads Seller Center timestamps, US and day-first', () => {
    expect(slashTextDay('11/22/2026 11:47:30 PM\t', 'MDY')).toBe(dayFromParts(2026, 11, 22));
    expect(slashTextDay('22/11/2026 23:47:30', 'DMY')).toBe(dayFromParts(2026, 11, 22));
    expect(slashTextDay('2/29/2028 12:00:00 AM', 'MDY')).toBe(dayFromParts(2028, 2, 29));
  });

  it('reads the time of day too, as wall-clock milliseconds', () => {
    expect(slashTextWallClock('11/22/2026 11:47:30 PM\t', 'MDY')).toBe(Date.UTC(2026, 10, 22, 23, 47, 30));
    expect(slashTextWallClock('22/11/2026 00:05:09', 'DMY')).toBe(Date.UTC(2026, 10, 22, 0, 5, 9));
    expect(slashTextWallClock('11/22/2026 12:00:00 AM', 'MDY')).toBe(Date.UTC(2026, 10, 22, 0, 0, 0));
  });

  it('leaves every other shape and every impossible time to the full parser', () => {
    for (const text of [
      '2026-11-22 10:00:00',
      '11/22/2026',
      '2/29/2026 10:00:00 AM',
      '11/22/2026 13:00:00 PM',
      '11/22/2026 10:00:00 PM x',
      ' 11/22/2026 10:00:00',
    ])
      expect(slashTextDay(text, 'MDY')).toBeUndefined();
  });

  it.each(['MDY', 'DMY'] as const)('agrees with parseDateTime wherever it answers (%s)', (order) => {
    let answered = 0;
    fc.assert(
      fc.property(timestampArb, (text) => {
        const fast = slashTextDay(text, order);
        if (fast === undefined) return;
        answered++;
        expect(fast).toBe(fullDay(text, order));
        const wall = parseDateTime(text, order, 'America/Los_Angeles');
        expect(slashTextWallClock(text, order)).toBe(wall);
      }),
      { numRuns: 6000 },
    );
    expect(answered).toBeGreaterThan(50);
  });
});
