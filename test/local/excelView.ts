import { readFileSync } from 'node:fs';
import { Workbook as ExcelWorkbook } from 'exceljs';

/** A saved file as exceljs (an independent reader) sees it: how Excel will show formats, widths and links. */
export async function excelView(path: string): Promise<ExcelWorkbook> {
  const book = new ExcelWorkbook();
  const bytes = readFileSync(path);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}
