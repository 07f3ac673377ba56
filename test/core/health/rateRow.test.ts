import { DEFAULT_HEALTH_SETTINGS } from '../../../src/core/settings/healthSettings';
import type { DecimalMark } from '../../../src/core/values/parseNumber';
import { isAbove, moreToBreach, overLimitBy, ppm, rateRow, type RateSpec } from '../../../src/core/health/rateRow';

const row = (numerator: number, denominator: number, limit: number, extra: Partial<RateSpec> = {}, decimalMark?: DecimalMark) =>
  rateRow(
    {
      metric: 'LDR',
      label: 'Late dispatch rate',
      numerator,
      denominator,
      limit,
      counts: 'Counts.',
      bad: ['late shipment', 'late shipments'],
      ...extra,
    },
    { health: DEFAULT_HEALTH_SETTINGS, decimalMark },
  );

describe('exact limits', () => {
  it('holds a share of exactly the limit within it', () => {
    expect(isAbove(1, 25, ppm(0.04))).toBe(false);
    expect(isAbove(1, 24, ppm(0.04))).toBe(true);
    // 0.29 * 100 is 28.999999999999996 in floating point: 29 of 100 must still be exactly 29%.
    expect(isAbove(29, 100, ppm(0.29))).toBe(false);
  });

  it('counts the further bad orders that breach the limit, each adding to the total', () => {
    expect(moreToBreach(0, 24, ppm(0.04))).toBe(2); // 1 of 25 is exactly 4%; 2 of 26 is above
    expect(moreToBreach(0, 40, ppm(0.04))).toBe(2); // 1 of 41 = 2.4%, 2 of 42 = 4.8%
    expect(moreToBreach(1, 25, ppm(0.04))).toBe(1);
    expect(moreToBreach(0, 39, ppm(0.025))).toBe(2); // 1 of 40 is exactly 2.5%
    expect(moreToBreach(0, 0, ppm(0.04))).toBe(1);
    expect(moreToBreach(0, 1000, ppm(0))).toBe(1);
    expect(moreToBreach(3, 200, ppm(0.04))).toBe(6); // 8 of 205 = 3.9%, 9 of 206 = 4.4%
  });

  it('says how far over the limit a breached rate is', () => {
    expect(overLimitBy(3, 41, ppm(0.04))).toBe(2); // 4% of 41 allows 1
    expect(overLimitBy(2, 49, ppm(0.04))).toBe(1);
    expect(overLimitBy(1, 24, ppm(0.04))).toBe(1);
  });
});

describe('health rows', () => {
  it('is WATCH within 20% of the limit, OK below, AT RISK above', () => {
    expect(row(2, 50, 0.04).status).toBe('WATCH'); // exactly 4%
    expect(row(4, 100, 0.04).status).toBe('WATCH');
    expect(row(16, 500, 0.04).status).toBe('OK'); // 3.2%: the edge of the watch band
    expect(row(17, 500, 0.04).status).toBe('WATCH');
    expect(row(5, 100, 0.04).status).toBe('AT RISK');
  });

  it('needs the minimum number of orders before judging, and still shows the value', () => {
    const small = row(3, 19, 0.04);
    expect(small.status).toBe('NOT ENOUGH DATA');
    expect(small.value).toBeCloseTo(3 / 19, 12);
    expect(small.note).toContain('Fewer than 20 orders: too few to judge.');
    expect(row(0, 0, 0.04).value).toBeNull();
  });

  it('writes the early warning, or how far over the limit it is', () => {
    expect(row(1, 40, 0.04)).toMatchObject({
      value: 0.025,
      target: '≤ 4%',
      status: 'OK',
      note: 'Counts. 1 more late shipment this window would breach 4%.',
    });
    expect(row(0, 40, 0.04).note).toBe('Counts. 2 more late shipments this window would breach 4%.');
    expect(row(3, 41, 0.04).note).toBe('Counts. Over the 4% limit by 2 late shipments (it allows 1 of 41).');
    expect(row(0, 40, 0.025, { metric: 'SFCR' }).target).toBe('≤ 2.5%');
  });

  it('inverts the logic for a floor such as VTR', () => {
    const vtr = (valid: number, total: number) =>
      row(valid, total, 0.95, { metric: 'VTR', floor: true, bad: ['shipment without valid tracking', 'shipments without valid tracking'] });
    expect(vtr(96, 100).status).toBe('OK'); // 4% without tracking = 80% of the allowed 5%
    expect(vtr(95, 100).status).toBe('WATCH');
    expect(vtr(94, 100)).toMatchObject({
      status: 'AT RISK',
      target: '≥ 95%',
      value: 0.94,
      note: 'Counts. Below the 95% target by 1 shipment without valid tracking (it allows 5 of 100).',
    });
    expect(vtr(40, 40).note).toBe('Counts. 3 more shipments without valid tracking this window would take VTR below 95%.'); // 2 of 42 = 4.8%, 3 of 43 = 7%
  });
});

describe('the shop’s decimal mark', () => {
  it('writes the limit and target with a comma where the shop does, as its Health tab shows the rates', () => {
    const german = row(3, 41, 0.025, {}, ',');
    expect(german.target).toBe('≤ 2,5%');
    expect(german.note).toContain('Over the 2,5% limit by 2 late shipments');
    expect(row(3, 41, 0.025).target).toBe('≤ 2.5%');
  });
});
