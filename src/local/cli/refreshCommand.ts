import { refreshAndCount } from '../../core/actions/refreshAndCount';
import { commandLineSurface } from '../../core/workbook/surface';
import { InputError } from '../../core/values/errors';
import { refreshProblemText, refreshSummaryText } from '../../core/actions/summaryText';
import { INPUT_TABS } from '../../core/workbook/tabNames';
import type { CommandContext } from './commandContext';
import { assertReplaceable } from './replaceableOutput';
import { assertWritable } from '../files/writeFileAtomically';
import { assertNewWorkbookName } from '../files/newWorkbookName';
import { openXlsx, saveXlsx } from '../xlsx/xlsxFile';
import type { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

/** `tts-ops refresh <file.xlsx> [--out <file>] [--force]`: writes the read-out tabs to `out` (refusing another client's or a user's file unless forced), or back to the file. */
export async function refreshCommand(file: string, out: string | undefined, context: CommandContext, force = false): Promise<void> {
  const target = out ?? file;
  await assertWritable(target);
  await assertNewWorkbookName(target);
  context.reporter.status(`Reading ${file}`);
  const workbook = await openXlsx(file, context.reporter);
  if (out !== undefined && !force) await assertReplaceable(workbook, out);
  await refreshAndSave(workbook, target, context);
}

/** Refreshes an open workbook, writes it to `target` and prints the summary; fails (non-zero exit) when a section could not be computed. */
export async function refreshAndSave(workbook: XlsxWorkbook, target: string, context: CommandContext): Promise<void> {
  await workbook.preload(Object.values(INPUT_TABS));
  const summary = refreshAndCount(workbook, context.now(), commandLineSurface(target));
  context.reporter.status(`Writing ${target}`);
  await saveXlsx(workbook, target);
  context.print(`${refreshSummaryText(summary)}\nOutput: ${target}`);
  if (summary.problems.length) throw new InputError(refreshProblemText(summary.problems));
}
