import fc from 'fast-check';
import { columnOfReference } from '../../../src/core/values/cellReference';
import { columnLetter } from '../../../src/core/values/columnLetter';

describe('columnOfReference: the column of a cell reference, the inverse of columnLetter', () => {
  it('reads the letters of a reference, alone or inside a longer text', () => {
    expect(columnOfReference('A1')).toBe(0);
    expect(columnOfReference('AB12')).toBe(27);
    expect(columnOfReference('XFD1048576')).toBe(16383);
    expect(columnOfReference('<c r="AB12" s="3">', 6, 10)).toBe(27);
    expect(columnOfReference('12')).toBe(-1);
  });

  it('gives back the index columnLetter wrote, for every column a sheet can have', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (index) => columnOfReference(`${columnLetter(index)}7`) === index));
  });
});
