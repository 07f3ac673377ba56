import { ORDER_COLUMNS } from '../core/table/columns';
import { findHeaderRow, HEADER_SCAN_ROWS } from '../core/table/findHeaderRow';
import type { CellValue } from '../core/workbook/workbookPort';
import { csvCellValue } from './csvCellValue';
import { FileProblem, readBytes } from './fileProblem';
import { readCsv } from './readCsv';
import { isZip, openPackage } from './xlsxFile';
import { XlsxWorkbook } from './xlsxWorkbook';

const UTF16_BOM = 'fffe'; // Excel's "Unicode text" export

/** A Seller Center order export (.csv or .xlsx) as 2-D values; refuses a file with no 'Order ID' header near the top. */
export async function readExportFile(path: string, timeZone: string): Promise<CellValue[][]> {
  const bytes = await readBytes(path);
  const values = isZip(bytes) || /\.xlsx$/i.test(path) ? await exportSheet(bytes, path, timeZone) : csvRows(bytes, path);
  if (values) return values;
  throw new FileProblem(
    `${path} is not a Seller Center order export: no 'Order ID' header in its first ${HEADER_SCAN_ROWS} rows. ` +
      'Export it from Seller Center > Orders > Export (CSV or Excel).',
  );
}

function csvRows(bytes: Buffer, path: string): CellValue[][] | undefined {
  const text = bytes.subarray(0, 2).toString('hex') === UTF16_BOM ? bytes.toString('utf16le') : bytes.toString('utf8');
  const rows = readCsv(text, path);
  if (!isOrderExport(rows)) return undefined;
  const values: CellValue[][] = rows;
  for (const row of values) for (let c = 0; c < row.length; c++) row[c] = csvCellValue(row[c] as string); // in place: an export can be 10 million cells
  return values;
}

/** The first worksheet that holds an order export. */
async function exportSheet(bytes: Buffer, path: string, timeZone: string): Promise<CellValue[][] | undefined> {
  const book = new XlsxWorkbook(openPackage(bytes, path), undefined, timeZone);
  for (const name of book.listTabs()) {
    await book.preload([name]).catch((error: unknown) => {
      if (error instanceof FileProblem) throw error;
      throw new FileProblem(
        `${path} is damaged or not an .xlsx workbook (tab '${name}': ${String(error instanceof Error ? error.message : error).replace(/\.$/, '')}).`,
      );
    });
    const values = book.readTab(name);
    if (values && isOrderExport(values)) return values;
  }
  return undefined;
}

function isOrderExport(values: readonly (readonly unknown[])[]): boolean {
  return findHeaderRow(values, [ORDER_COLUMNS.orderId]) >= 0;
}
