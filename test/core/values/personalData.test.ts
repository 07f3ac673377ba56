import { describeCell, mayBePersonal } from '../../../src/core/values/personalData';

describe('describeCell: an export cell by its shape, never its value', () => {
  it.each([
    ['(+1)917*****88', 'text of 14 characters (digits and other signs)'],
    ['王*明', 'text of 3 characters (letters and other signs)'],
    ['zelda quixote', 'text of 13 characters (letters and spaces)'],
    ['99/1 ถนนสุขุมวิท', 'text of 16 characters (letters, digits, spaces and other signs)'],
    ['   ', 'text of 3 spaces'],
    ['', 'a blank cell'],
    [-3, 'a negative number'],
    [2.5, 'a number with decimals'],
    [9178675309, 'a whole number of 10 digits'],
    [Infinity, 'a number too large to read'],
    [true, 'a TRUE/FALSE value'],
    [new Date('2026-11-22T10:00:00Z'), 'a date'],
  ])('%p is %s', (value, shape) => {
    expect(describeCell(value)).toBe(shape);
  });
});

describe('mayBePersonal: the second line of defence, whatever the script or the capitals', () => {
  it.each([
    '(+1)917*****88',
    '(+66)81*****12',
    '+62 812****5678',
    '王*明',
    'j***e',
    'zelda quixote',
    'Zelda Quixote',
    'สมชาย ใจดี',
    '王小明',
    'Jl. Sudirman No. 5, Jakarta',
    '99/1 ถนนสุขุมวิท',
    '1234 Elm Street',
    'Tanaka Street 5',
    'Hauptstraße 12',
    'zz_buyer_handle_41',
    '@jane.doe',
    'user884213',
    '+1 (555) 867-5309',
    'jane@example.com',
  ])('%p may be personal', (value) => {
    expect(mayBePersonal(value)).toBe(true);
  });

  it.each(['12.50', '$1,234.56', '2026-13-45', '13.11.2026', 'N/A', '1e400', 'lots', 'Friday'])('%p is not taken for personal data', (value) => {
    expect(mayBePersonal(value)).toBe(false);
  });
});
