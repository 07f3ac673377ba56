import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExportFile } from '../../src/local/import/readExportFile';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

/** A UK order export as Seller Center writes it: no BOM, CRLF, money as `GBP 8.00`. */
const UK_EXPORT =
  'Order ID,Order Status,SKU ID,Quantity,SKU Subtotal After Discount,Paid Time\r\n' +
  '578012345678901234,To ship,1729123456789012345,1,GBP 8.00,23/09/2026 16:06:19\r\n';

describe('an export saved under the other format’s name', () => {
  it('reads a CSV named .xlsx by its content, as the same file named .csv', async () => {
    writeFileSync(join(folder(), 'orders.csv'), UK_EXPORT);
    writeFileSync(join(folder(), 'orders.xlsx'), UK_EXPORT);
    const asCsv = await readExportFile(join(folder(), 'orders.csv'), 'Europe/London');
    expect(await readExportFile(join(folder(), 'orders.xlsx'), 'Europe/London')).toEqual(asCsv);
    expect(asCsv[1][4]).toBe('GBP 8.00');
  });
});
