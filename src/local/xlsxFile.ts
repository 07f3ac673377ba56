import { Workbook as ExcelWorkbook } from 'exceljs';
import { FileProblem, readBytes } from './fileProblem';
import type { Reporter } from './terminalProgress';
import { writeFileAtomically } from './writeFileAtomically';
import { XlsxWorkbook } from './xlsxWorkbook';

const ZIP_SIGNATURE = 'PK';
const OLE_SIGNATURE = 'd0cf11e0'; // legacy .xls, and any password-protected Office file

/** Loads an .xlsx file as a Workbook; a missing, unreadable or non-xlsx file is a FileProblem naming it. */
export async function openXlsx(path: string, reporter?: Reporter): Promise<XlsxWorkbook> {
  return new XlsxWorkbook(await loadXlsx(await readBytes(path), path), reporter);
}

/** Writes the workbook to `path` through a temporary file renamed into place. */
export async function saveXlsx(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFileAtomically(path, await workbook.toBuffer());
}

export function isZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 2).toString('latin1') === ZIP_SIGNATURE;
}

/** An .xlsx file's bytes parsed by exceljs; anything else is a FileProblem saying what the file looks like. */
export async function loadXlsx(bytes: Buffer, path: string): Promise<ExcelWorkbook> {
  if (!isZip(bytes)) {
    if (bytes.subarray(0, 4).toString('hex') === OLE_SIGNATURE) {
      throw new FileProblem(
        `${path} is an old .xls or a password-protected workbook; open it in Excel or Sheets and save it as .xlsx without a password.`,
      );
    }
    throw new FileProblem(`${path} is not an .xlsx workbook (${bytes.length ? 'not a zip file' : 'the file is empty'}).`);
  }
  const book = new ExcelWorkbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).catch((error: unknown) => {
    throw new FileProblem(`${path} is damaged or not an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
  });
  return book;
}
