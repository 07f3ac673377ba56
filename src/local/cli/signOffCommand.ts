import { signOff } from '../../core/actions/signOff';
import { countsText } from '../../core/qa/checkFinding';
import { formatInstant } from '../../core/actions/formatInstant';
import { InputError } from '../../core/values/errors';
import type { CommandContext } from './commandContext';
import { assertWritable } from '../files/writeFileAtomically';
import { openWithInputs, saveXlsx } from '../xlsx/xlsxFile';

/** `tts-ops sign-off <file.xlsx> --by NAME [--note TEXT] [--tick all|item,item]`: appends the QA log row and saves the file. */
export async function signOffCommand(
  file: string,
  options: { readonly by?: string; readonly note?: string; readonly tick?: string },
  context: CommandContext,
): Promise<void> {
  if (!options.by?.trim()) throw new InputError('sign-off needs --by <name>: who signs off.');
  await assertWritable(file);
  context.reporter.status(`Reading ${file}`);
  const workbook = await openWithInputs(file, context.reporter);
  const now = context.now();
  const tick = options.tick?.trim() ?? '';
  const ticked =
    tick.toLowerCase() === 'all'
      ? 'all'
      : tick
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
  const result = signOff(workbook, { by: options.by, note: options.note ?? '', ticked }, now);
  context.reporter.status(`Writing ${file}`);
  await saveXlsx(workbook, file);
  context.print(
    `Signed off by ${result.entry.by} at ${formatInstant(now, workbook.timeZone())}: ${result.tab} row ${result.row} ` +
      `(${countsText(result.checklist.counts)}).`,
  );
}
