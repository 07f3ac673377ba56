import { decimalMarkEvidence, parseNumber } from '../../../src/core/values/parseNumber';

describe('parseNumber', () => {
  it.each([
    [1234.5, 1234.5],
    ['1234.5', 1234.5],
    ['$1,234.56', 1234.56],
    ['1,234,567', 1234567],
    ['0,250', 0.25],
    ['(5.00)', -5],
    ['-$5.00', -5],
    ['$-5.00', -5],
    ['12.5%', 0.125],
    ['1.234,56', 1234.56],
    ['12,5', 12.5],
    ['1.234.567', 1234567],
    ['USD 10.00', 10],
    ['€7,50', 7.5],
    ['  42\t', 42],
    ['1,234,567.89', 1234567.89],
  ])('reads %p as %p', (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 10);
  });

  it('reads 1.250 and 1,250 only with the column decimal mark known: each could be 1.25 or 1250', () => {
    expect(parseNumber('1.250')).toBeNaN();
    expect(parseNumber('1,250')).toBeNaN();
    expect(parseNumber('$1,250')).toBeNaN();
    expect(parseNumber('1,250', '.')).toBe(1250);
    expect(parseNumber('1,250', ',')).toBe(1.25);
    expect(parseNumber('1.250', ',')).toBe(1250);
    expect(parseNumber('1.250', '.')).toBe(1.25);
    expect(parseNumber('150.000', ',')).toBe(150000);
    expect(parseNumber('1.234,5', '.')).toBeNaN();
    expect(parseNumber('0.125')).toBe(0.125);
  });

  it.each([
    ['1,234.56', '.'],
    ['12.50', '.'],
    ['1.234,56', ','],
    ['12,5', ','],
    ['1.250.000', ','],
    ['1,250', undefined],
    ['1.250', undefined],
    [12.5, undefined],
  ])('tells the decimal mark from %p: %p', (text, mark) => {
    expect(decimalMarkEvidence(text)).toBe(mark);
  });

  it.each([[''], [null], [undefined], ['   '], ['--'], ['-']])('treats %p as blank', (value) => {
    expect(parseNumber(value)).toBeUndefined();
  });

  it.each([['abc'], ['12abc'], ['1,23,4'], ['$'], [true], [new Date(0)], ['1.2.3,4,5']])('refuses %p', (value) => {
    expect(parseNumber(value)).toBeNaN();
  });
});
