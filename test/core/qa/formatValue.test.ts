import { qaNumbers } from '../../../src/core/qa/formatValue';

describe('qaNumbers: amounts and rates in QA messages follow the shop’s decimal mark', () => {
  it('writes a comma-decimal shop’s 7.600,00 and 12,5%', () => {
    const comma = qaNumbers(',');
    expect([comma.money(7600), comma.money(-1234567.891), comma.percent(0.125)]).toEqual(['7.600,00', '-1.234.567,89', '12,5%']);
  });

  it('writes a point-decimal shop’s, or one whose mark is not known, 7,600.00 and 12.5%', () => {
    for (const mark of ['.', undefined] as const) {
      const point = qaNumbers(mark);
      expect([point.money(7600), point.money(0.5), point.percent(0.125)]).toEqual(['7,600.00', '0.50', '12.5%']);
    }
  });
});
