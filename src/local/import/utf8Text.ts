import { columnLetter } from '../../core/values/columnLetter';
import { FileProblem } from '../files/fileProblem';
import { readCsv } from './readCsv';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A CSV's bytes as UTF-8 text, as Seller Center writes every export. A file re-saved by a spreadsheet in a local code page
 * (Windows-1252, Thai Windows-874) is refused naming its first such cell: read as UTF-8 it would turn `Crème` into `Cr�me`
 * and `ยกเลิกแล้ว` into no status at all, so cancelled orders would count as sales.
 */
export function utf8Text(bytes: Buffer, path: string): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const rows = readCsv(bytes.toString('utf8'), path);
    const row = rows.findIndex((cells) => cells.some((cell) => cell.includes('\uFFFD')));
    const where = row >= 0 ? `row ${row + 1}, column ${columnLetter(rows[row].findIndex((cell) => cell.includes('\uFFFD')))}` : 'somewhere';
    throw new FileProblem(
      `${path} is not UTF-8 text (${where} holds bytes UTF-8 has no letter for): a spreadsheet saved it in a local code page ` +
        `such as Windows-1252 or Thai Windows-874, so accents and Thai or Vietnamese letters would be lost. Import the export ` +
        `as Seller Center wrote it, or save it again as "CSV UTF-8".`,
    );
  }
}
