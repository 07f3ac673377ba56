import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileProblem } from '../../src/local/files/fileProblem';
import { readExportFile } from '../../src/local/import/readExportFile';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

/** `text` in Thai Windows-874 (TIS-620): Thai letters U+0E01–U+0E5B at bytes 0xA1–0xFB, ASCII as itself. */
const windows874 = (text: string): Buffer =>
  Buffer.from(Array.from(text, (char) => (char.charCodeAt(0) >= 0x0e01 ? char.charCodeAt(0) - 0x0e01 + 0xa1 : char.charCodeAt(0))));

describe('a CSV a spreadsheet re-saved in a local code page', () => {
  it('is refused naming its first such cell, never read with its Thai status words lost (a cancelled order counted as a sale)', async () => {
    const csv = join(folder(), 'orders.csv');
    const lines = [
      'Order ID,Order Status,SKU ID,Quantity,SKU Subtotal After Discount,Paid Time,Recipient',
      '583870900000000001,จัดส่งแล้ว,172900000000000011,1,"1,250.00",14/05/2026 22:06:01,Somchai',
      '583870900000000002,ยกเลิกแล้ว,172900000000000011,1,"1,250.00",15/05/2026 08:01:00,Somchai',
    ];
    writeFileSync(csv, windows874(lines.join('\r\n')));
    const read = readExportFile(csv, 'Asia/Bangkok');
    await expect(read).rejects.toThrow(FileProblem);
    await expect(read).rejects.toThrow(`${csv} is not UTF-8 text (row 2, column B holds bytes UTF-8 has no letter for)`);
  });

  it('reads the same export saved as UTF-8, with or without a BOM', async () => {
    const csv = join(folder(), 'orders.csv');
    writeFileSync(csv, '\uFEFFOrder ID,Order Status\r\n583870900000000002,ยกเลิกแล้ว\r\n');
    expect(await readExportFile(csv, 'Asia/Bangkok')).toEqual([
      ['Order ID', 'Order Status'],
      ['583870900000000002', 'ยกเลิกแล้ว'],
    ]);
  });
});
