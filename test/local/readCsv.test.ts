import { InputError } from '../../src/core/values/errors';
import { csvCellValue } from '../../src/local/import/csvCellValue';
import { readCsv } from '../../src/local/import/readCsv';

describe('readCsv', () => {
  it('reads a Seller Center CSV: BOM, CRLF, quoted fields with commas, line breaks and doubled quotes', () => {
    const text =
      '\uFEFFOrder ID,Product Name,Buyer Message,SKU Subtotal After Discount\r\n' +
      '"576000000000000001\t","Tumbler 40 oz, Sage","Please ""gift wrap""\r\nthank you",27.99\r\n';
    expect(readCsv(text)).toEqual([
      ['Order ID', 'Product Name', 'Buyer Message', 'SKU Subtotal After Discount'],
      ['576000000000000001\t', 'Tumbler 40 oz, Sage', 'Please "gift wrap"\r\nthank you', '27.99'],
    ]);
  });

  it('detects semicolons from the header line, as comma-decimal locales save', () => {
    expect(readCsv('Order ID;SKU ID;Order Amount\n576000000000000001;1729;"1.234,56"\n')).toEqual([
      ['Order ID', 'SKU ID', 'Order Amount'],
      ['576000000000000001', '1729', '1.234,56'],
    ]);
  });

  it('keeps a comma-separated file with semicolons inside quoted text as comma-separated', () => {
    expect(readCsv('"a;b;c",d\n1,2')).toEqual([
      ['a;b;c', 'd'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, blank lines and a last line without a line break', () => {
    expect(readCsv('a,b,\n\n,,x')).toEqual([['a', 'b', ''], [''], ['', '', 'x']]);
    expect(readCsv('')).toEqual([]);
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(() => readCsv('a,b\n1,2\n3,"open\nmore', 'week.csv')).toThrow(
      new InputError(`week.csv: the quoted field that starts on line 3 is never closed (a '"' is missing).`),
    );
  });
});

describe('csvCellValue', () => {
  it('turns plain decimals into numbers and leaves IDs, zip codes, money text and timestamps as text', () => {
    expect(['27.99', '-5', '0', '0.5', '3'].map(csvCellValue)).toEqual([27.99, -5, 0, 0.5, 3]);
    expect(
      ['576000000000000001', '1729460082124104248\t', '02134', '$1,234.56', '(5.00)', '03/06/2026 08:01:12 PM', '1e5', ''].map(csvCellValue),
    ).toEqual(['576000000000000001', '1729460082124104248\t', '02134', '$1,234.56', '(5.00)', '03/06/2026 08:01:12 PM', '1e5', '']);
  });

  it('leaves a number with one dot before three digits as text (thousands in Indonesia, decimals in the US): the core reads it by market', () => {
    expect(['50.000', '-1.250', '0.453', '1234.567'].map(csvCellValue)).toEqual(['50.000', '-1.250', 0.453, 1234.567]);
  });
});
