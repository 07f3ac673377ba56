import { parseNumber } from '../../../src/core/values/parseNumber';

describe('parseNumber', () => {
  it.each([
    [1234.5, 1234.5],
    ['1234.5', 1234.5],
    ['$1,234.56', 1234.56],
    ['1,234', 1234],
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

  it.each([[''], [null], [undefined], ['   '], ['--'], ['-']])('treats %p as blank', (value) => {
    expect(parseNumber(value)).toBeUndefined();
  });

  it.each([['abc'], ['12abc'], ['1,23,4'], ['$'], [true], [new Date(0)], ['1.2.3,4,5']])('refuses %p', (value) => {
    expect(parseNumber(value)).toBeNaN();
  });
});
