import { gs1CheckDigit, readGtin } from '../../../src/core/qa/gtin';

describe('readGtin', () => {
  it('accepts valid UPC-A, EAN-8, EAN-13 and GTIN-14 codes (GS1 and Wikipedia examples)', () => {
    for (const code of ['036000291452', '73513537', '4006381333931', '10012345678902'])
      expect(readGtin(code)).toEqual({ kind: 'valid', digits: code });
  });

  it('computes the GS1 check digit with weights 3 and 1 from the right', () => {
    expect(gs1CheckDigit('03600029145')).toBe(2);
    expect(gs1CheckDigit('400638133393')).toBe(1);
  });

  it('puts back the leading zero a spreadsheet drops from a number cell', () => {
    expect(readGtin(36000291452)).toEqual({ kind: 'valid', digits: '036000291452' });
    expect(readGtin(4006381333931)).toEqual({ kind: 'valid', digits: '4006381333931' });
  });

  it('reports a wrong check digit with the right one', () => {
    expect(readGtin('4006381333932')).toEqual({ kind: 'check-digit', digits: '4006381333932', expected: 1 });
  });

  it('reports lengths, letters and scientific notation', () => {
    expect(readGtin('12345')).toEqual({ kind: 'format', problem: 'has 5 digits' });
    expect(readGtin('ABC123456789')).toEqual({ kind: 'format', problem: 'has characters other than digits' });
    expect(readGtin('4.00638E+12')).toEqual({ kind: 'format', problem: 'was rounded into scientific notation' });
    expect(readGtin(12.5)).toEqual({ kind: 'format', problem: 'is not a whole number' });
  });
});
