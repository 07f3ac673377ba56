import { ORDER_COLUMNS } from '../../core/table/columns';
import { findHeaderRow, HEADER_SCAN_ROWS } from '../../core/table/findHeaderRow';
import { recognizeExport } from '../../core/table/recognizeExport';
import type { CellValue } from '../../core/workbook/workbookPort';
import { csvCellValue } from './csvCellValue';
import { FileProblem, readBytes } from '../files/fileProblem';
import { readCsv } from './readCsv';
import { utf8Text } from './utf8Text';
import { isZip, openPackage } from '../xlsx/xlsxFile';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

const UTF16_BOM = 'fffe'; // Excel's "Unicode text" export
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Which exports a command reads: order exports only, or any Seller Center export it can tell apart (orders, analytics). */
export type ExportsRead = 'orders' | 'any';

/** A Seller Center export (.csv or .xlsx) as 2-D values; refuses a file with no known export's header near the top. */
export async function readExportFile(path: string, timeZone: string, reads: ExportsRead = 'orders'): Promise<CellValue[][]> {
  const bytes = await readBytes(path);
  const accepts = reads === 'orders' ? isOrderExport : isKnownExport;
  const workbook = isZip(bytes) || (/\.xlsx$/i.test(path) && !isText(bytes));
  const values = workbook ? await exportSheet(bytes, path, timeZone, accepts) : csvRows(bytes, path, accepts);
  if (values) return values;
  throw new FileProblem(
    reads === 'orders'
      ? `${path} is not a Seller Center order export: no 'Order ID' header in its first ${HEADER_SCAN_ROWS} rows. ` +
          'Export it from Seller Center > Orders > Export (CSV or Excel).'
      : `${path} is neither a Seller Center order export nor a Data Compass analytics export: no 'Order ID', 'GMV', 'Orders', ` +
          `'Items sold', 'Product impressions' or 'Product clicks' header in its first ${HEADER_SCAN_ROWS} rows.`,
  );
}

/** A CSV saved under an .xlsx name (a rename, a download that kept the wrong extension) is read by its content, as an .xlsx named .csv is. */
function isText(bytes: Buffer): boolean {
  if (!bytes.length) return false;
  if (bytes.subarray(0, 2).toString('hex') === UTF16_BOM) return true;
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

type Accepts = (values: readonly (readonly unknown[])[]) => boolean;

function csvRows(bytes: Buffer, path: string, accepts: Accepts): CellValue[][] | undefined {
  const text = bytes.subarray(0, 2).toString('hex') === UTF16_BOM ? bytes.toString('utf16le') : utf8Text(bytes, path);
  const rows = readCsv(text, path);
  if (!accepts(rows)) return undefined;
  const values: CellValue[][] = rows;
  for (const row of values) for (let c = 0; c < row.length; c++) row[c] = csvCellValue(row[c] as string); // in place: an export can be 10 million cells
  return values;
}

/** The first worksheet that holds an export it accepts. */
async function exportSheet(bytes: Buffer, path: string, timeZone: string, accepts: Accepts): Promise<CellValue[][] | undefined> {
  const book = new XlsxWorkbook(openPackage(bytes, path), undefined, timeZone);
  for (const name of book.listTabs()) {
    await book.preload([name]).catch((error: unknown) => {
      if (error instanceof FileProblem) throw error;
      throw new FileProblem(
        `${path} is damaged or not an .xlsx workbook (tab '${name}': ${String(error instanceof Error ? error.message : error).replace(/\.$/, '')}).`,
      );
    });
    const values = book.readTab(name);
    if (values && accepts(values)) return values;
  }
  return undefined;
}

function isOrderExport(values: readonly (readonly unknown[])[]): boolean {
  return findHeaderRow(values, [ORDER_COLUMNS.orderId]) >= 0;
}

function isKnownExport(values: readonly (readonly unknown[])[]): boolean {
  return recognizeExport(values) !== undefined;
}
