import { commandLineSurface } from '../../core/workbook/surface';
import { runChecklist } from '../../core/actions/check';
import { checklistText } from '../../core/actions/checklistText';
import type { CommandContext } from './commandContext';
import { openWithInputs } from '../xlsx/xlsxFile';

/** `tts-ops check <file.xlsx>`: prints the checklist; exit code 1 while an ERROR remains. The file is only read. */
export async function checkCommand(file: string, context: CommandContext): Promise<number> {
  context.reporter.status(`Reading ${file}`);
  const checklist = runChecklist(await openWithInputs(file, context.reporter), context.now(), commandLineSurface(file));
  context.print(checklistText(checklist));
  return checklist.counts.ERROR ? 1 : 0;
}
