import fc from 'fast-check';
import { centsSummingTo, shapleyEffects } from '../../../src/core/report/shapleyBridge';

describe('shapleyEffects', () => {
  it('splits a hand-checked change: 800 → 1,000 visitors, CVR 0.25% → 0.30%, $30 → $33.33 per buyer ($60 → $100)', () => {
    const effects = shapleyEffects([800, 2 / 800, 30], [1000, 3 / 1000, 100 / 3]);
    // Traffic: 200 × [(0.075 + 0.1)/3 + (0.08333 + 0.09)/6] = 17.444…; conversion 14.277…; basket 8.277…
    expect(effects[0]).toBeCloseTo(17.4444, 4);
    expect(effects[1]).toBeCloseTo(14.2778, 4);
    expect(effects[2]).toBeCloseTo(8.2778, 4);
    expect(centsSummingTo(effects, 40)).toEqual([17.44, 14.28, 8.28]);
  });

  it('gives a factor that did not move no effect, and the whole change to the only one that did', () => {
    expect(shapleyEffects([100, 0.02, 25], [150, 0.02, 25])).toEqual([25, 0, 0]);
  });

  it('sums exactly to the change for any factors, zeros and falls included, and the cents sum to the change in cents', () => {
    // A shop's range: up to 10 million visitors, any CVR, up to $10,000 per buyer.
    const factors = fc.tuple(
      fc.integer({ min: 0, max: 1e7 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1e4, noNaN: true }),
    );
    fc.assert(
      fc.property(factors, factors, (before, after) => {
        const effects = shapleyEffects(before, after);
        const change = after[0] * after[1] * after[2] - before[0] * before[1] * before[2];
        const scale = Math.max(
          1,
          [0, 1, 2].reduce((product, i) => product * Math.max(before[i], after[i]), 1),
        );
        expect(Math.abs(effects[0] + effects[1] + effects[2] - change)).toBeLessThanOrEqual(1e-9 * scale);
        const rounded = Math.round(change * 100) / 100;
        const cents = centsSummingTo(effects, rounded);
        expect(cents.reduce((sum, c) => sum + Math.round(c * 100), 0) + 0).toBe(Math.round(rounded * 100) + 0);
      }),
    );
  });
});
