import { access } from 'node:fs/promises';
import type { MarketCode } from '../core/markets/marketCodes';
import { setupWorkbook } from '../core/actions/setupWorkbook';
import { setupSummaryText } from '../core/actions/summaryText';
import { INPUT_TABS } from '../core/workbook/tabNames';
import type { CommandContext } from './commandContext';
import { assertWritable } from './writeFileAtomically';
import { openXlsx, saveXlsx } from './xlsxFile';
import { XlsxWorkbook } from './xlsxWorkbook';

/** `tts-ops setup <file.xlsx> [--market CODE]`: adds the missing tabs and writes the file (a new one when it does not exist). */
export async function setupCommand(file: string, context: CommandContext, market: MarketCode | '' = ''): Promise<void> {
  await assertWritable(file);
  const isNew = await access(file).then(
    () => false,
    () => true,
  );
  context.reporter.status(isNew ? `Creating ${file}` : `Reading ${file}`);
  const workbook = isNew ? new XlsxWorkbook(undefined, context.reporter) : await openXlsx(file, context.reporter);
  const result = setupWorkbook(workbook, market);
  if (result.created.length) {
    context.reporter.status(`Writing ${file}`);
    await saveXlsx(workbook, file);
  }
  const lines = [setupSummaryText(result), result.created.length ? `Wrote ${file}.` : `${file} is unchanged.`];
  if (result.created.includes(INPUT_TABS.orders)) lines.push(`From the command line: tts-ops import-orders <orders export.csv> ${file}`);
  context.print(lines.join('\n'));
}
