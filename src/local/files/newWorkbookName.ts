import { stat } from 'node:fs/promises';
import { FileProblem } from './fileProblem';

/**
 * Refuses to create a workbook under a name that does not end in .xlsx (`tts-ops setup orders.csv`, `refresh --out week.csv`):
 * Excel and Sheets go by the name and would show the file as garbage. An existing workbook keeps whatever name it has.
 */
export async function assertNewWorkbookName(path: string): Promise<void> {
  if (/\.xlsx$/i.test(path) || (await stat(path).catch(() => undefined))) return;
  throw new FileProblem(
    `${path} would be a new workbook: give it a name ending in .xlsx (${path.replace(/\.[^./\\]*$/, '')}.xlsx), so Excel and Sheets open it as one.`,
  );
}
