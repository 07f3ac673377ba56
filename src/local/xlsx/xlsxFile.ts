import type { Workbook as ExcelWorkbook } from 'exceljs';
import { INPUT_TABS } from '../../core/workbook/tabNames';
import { FileProblem, readBytes } from '../files/fileProblem';
import { isSameFile, snapshotOf, type FileSnapshot } from '../files/fileSnapshot';
import type { Reporter } from './reporter';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { XlsxPackage } from './xlsxPackage';
import { checkZipLimits } from './zipLimits';
import { XlsxWorkbook } from './xlsxWorkbook';

const ZIP_SIGNATURE = 'PK';
const OLE_SIGNATURE = 'd0cf11e0'; // legacy .xls, and any password-protected Office file

/** Opens an .xlsx file as a Workbook (its tabs are read when asked for); a missing, unreadable or non-xlsx file is a FileProblem naming it. */
export async function openXlsx(path: string, reporter?: Reporter): Promise<XlsxWorkbook> {
  const before = await snapshotOf(path);
  const workbook = new XlsxWorkbook(openPackage(await readBytes(path), path), reporter);
  if (before) readFrom.set(workbook, before);
  return workbook;
}

/** Opens the workbook with its input tabs streamed in: a command that reads them all never inflates the Orders part whole. */
export async function openWithInputs(path: string, reporter?: Reporter): Promise<XlsxWorkbook> {
  const workbook = await openXlsx(path, reporter);
  await workbook.preload(Object.values(INPUT_TABS));
  return workbook;
}

/** The file each open workbook was read from, as it was then. */
const readFrom = new WeakMap<object, FileSnapshot>();

/**
 * Writes the workbook to `path` through a temporary file renamed into place; refused if `path` is the file it was read from and that changed since.
 * A new file gets the permissions of the file the workbook was read from (0600 for a workbook made from nothing).
 */
export async function saveXlsx(workbook: XlsxWorkbook, path: string): Promise<void> {
  const source = readFrom.get(workbook);
  const unchangedSince = source && (await isSameFile(source, path)) ? source : undefined;
  await writeFileAtomically(path, (temporary) => workbook.writeTo(temporary), { unchangedSince, newFileMode: source?.mode });
}

/** The permissions of the file the workbook was read from, which files made from it are given; undefined for a workbook made from nothing. */
export function sourceModeOf(workbook: object): number | undefined {
  return readFrom.get(workbook)?.mode;
}

export function isZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 2).toString('latin1') === ZIP_SIGNATURE;
}

/** An .xlsx file's parts; anything else is a FileProblem saying what the file looks like. */
export function openPackage(bytes: Buffer, path: string): XlsxPackage {
  checkSignature(bytes, path);
  checkZipLimits(bytes, path); // before anything is inflated
  try {
    return XlsxPackage.fromBytes(bytes);
  } catch (error) {
    throw new FileProblem(`${path} is damaged or not an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** An .xlsx file loaded whole by exceljs (the preview renderer draws its styles); refused like `openPackage`. */
export async function loadXlsx(bytes: Buffer, path: string): Promise<ExcelWorkbook> {
  checkSignature(bytes, path);
  checkZipLimits(bytes, path);
  // Loaded here only (every command would pay its start-up otherwise), through `default`: an ES module loader (tsx, npm run preview) has only that.
  const { Workbook } = (await import('exceljs')).default;
  const book = new Workbook();
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
