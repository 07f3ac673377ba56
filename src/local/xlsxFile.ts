import { Workbook as ExcelWorkbook } from 'exceljs';
import { FileProblem, readBytes } from './fileProblem';
import type { Reporter } from './terminalProgress';
import { writeFileAtomically } from './writeFileAtomically';
import { XlsxPackage } from './xlsx/xlsxPackage';
import { XlsxWorkbook } from './xlsxWorkbook';

const ZIP_SIGNATURE = 'PK';
const OLE_SIGNATURE = 'd0cf11e0'; // legacy .xls, and any password-protected Office file

/** Opens an .xlsx file as a Workbook (its tabs are read when asked for); a missing, unreadable or non-xlsx file is a FileProblem naming it. */
export async function openXlsx(path: string, reporter?: Reporter): Promise<XlsxWorkbook> {
  return new XlsxWorkbook(openPackage(await readBytes(path), path), reporter);
}

/** Writes the workbook to `path` through a temporary file renamed into place. */
export async function saveXlsx(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFileAtomically(path, (temporary) => workbook.writeTo(temporary));
}

export function isZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 2).toString('latin1') === ZIP_SIGNATURE;
}

/** An .xlsx file's parts; anything else is a FileProblem saying what the file looks like. */
export function openPackage(bytes: Buffer, path: string): XlsxPackage {
  checkSignature(bytes, path);
  try {
    return XlsxPackage.fromBytes(bytes);
  } catch (error) {
    throw new FileProblem(`${path} is damaged or not an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** An .xlsx file loaded whole by exceljs (the preview renderer draws its styles); refused like `openPackage`. */
export async function loadXlsx(bytes: Buffer, path: string): Promise<ExcelWorkbook> {
  checkSignature(bytes, path);
  const book = new ExcelWorkbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).catch((error: unknown) => {
    throw new FileProblem(`${path} is damaged or not an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
  });
  return book;
}

function checkSignature(bytes: Buffer, path: string): void {
  if (isZip(bytes)) return;
  if (bytes.subarray(0, 4).toString('hex') === OLE_SIGNATURE) {
    throw new FileProblem(
      `${path} is an old .xls or a password-protected workbook; open it in Excel or Sheets and save it as .xlsx without a password.`,
    );
  }
  throw new FileProblem(`${path} is not an .xlsx workbook (${bytes.length ? 'not a zip file' : 'the file is empty'}).`);
}
