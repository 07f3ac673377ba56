import { importOrders } from '../../src/core/workbook/importOrders';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

const HEADER = ['Order ID', 'Order Status', 'SKU ID', 'SKU Subtotal After Discount', 'Paid Time', 'Week (my formula)'];

describe('importing into an Orders tab a user has worked in', () => {
  it('changes only the cells of the lines it adds or updates: formulas, formats and widths stay', () => {
    const workbook = new XlsxWorkbook();
    workbook.writeTab({ name: 'Orders', values: [HEADER, ['576000000000000001', 'Shipped', '1729001', 10, '11/16/2026 10:00:00 AM', '']] });
    const sheet = workbook.book.getWorksheet('Orders')!;
    sheet.getCell('F2').value = { formula: 'WEEKNUM(E2)', result: 47 };
    sheet.getCell('D2').numFmt = '$#,##0.00';
    sheet.getColumn(6).width = 30;

    const exported: CellValue[][] = [
      HEADER.slice(0, 5),
      ['576000000000000001', 'Delivered', '1729001', 10, '11/16/2026 10:00:00 AM'],
      ['576000000000000002', 'Shipped', '1729002', 20, '11/17/2026 09:00:00 AM'],
    ];
    const result = importOrders(workbook.readTab('Orders'), exported);
    workbook.updateCells('Orders', result.values);

    expect(sheet.getCell('B2').value).toBe('Delivered');
    expect(sheet.getCell('F2').value).toEqual({ formula: 'WEEKNUM(E2)', result: 47 });
    expect(sheet.getCell('D2').numFmt).toBe('$#,##0.00');
    expect(sheet.getColumn(6).width).toBe(30);
    expect(sheet.getCell('A3').value).toBe('576000000000000002');
  });
});
