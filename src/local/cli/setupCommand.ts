import { commandLineSurface } from '../../core/workbook/surface';
import { access } from 'node:fs/promises';
import type { MarketCode } from '../../core/markets/marketCodes';
import { parseClientDetails, settingsClientName } from '../../core/workbook/clientDetails';
import { setupWorkbook } from '../../core/actions/setupWorkbook';
import { settingsColumns } from '../../core/workbook/settingsTab';
import { setupSummaryText } from '../../core/actions/summaryText';
import { INPUT_TABS } from '../../core/workbook/tabNames';
import type { CommandContext } from './commandContext';
import { assertWritable } from '../files/writeFileAtomically';
import { assertNewWorkbookName } from '../files/newWorkbookName';
import { openXlsx, saveXlsx } from '../xlsx/xlsxFile';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

/**
 * `tts-ops setup <file.xlsx> [--market CODE] [--client NAME] [--manager NAME] [--contacts a@b,c@d]`:
 * adds the missing tabs, sets the client details given in Settings, and writes the file (a new one when it does not exist).
 */
export async function setupCommand(
  file: string,
  context: CommandContext,
  market: MarketCode | '' = '',
  options: Readonly<Record<string, string>> = {},
): Promise<void> {
  const details = parseClientDetails({ client: options.client, manager: options.manager, contacts: options.contacts });
  await assertWritable(file);
  await assertNewWorkbookName(file);
  const isNew = await access(file).then(
    () => false,
    () => true,
  );
  context.reporter.status(isNew ? `Creating ${file}` : `Reading ${file}`);
  const workbook = isNew ? new XlsxWorkbook(undefined, context.reporter) : await openXlsx(file, context.reporter);
  const result = setupWorkbook(workbook, market, details);
  const changed = result.created.length > 0 || result.detailsSet.length > 0;
  if (changed) {
    context.reporter.status(`Writing ${file}`);
    await saveXlsx(workbook, file);
  }
  const lines = [setupSummaryText(result, commandLineSurface(file)), changed ? `Wrote ${file}.` : `${file} is unchanged.`];
  const settings = workbook.readTab(INPUT_TABS.settings);
  if (!settingsClientName(settings, settings && settingsColumns(settings)))
    lines.push(`The client's name is blank: set it with tts-ops setup ${file} --client NAME --manager NAME (the client update is titled with it).`);
  if (result.created.includes(INPUT_TABS.orders)) lines.push(`From the command line: tts-ops import-orders <orders export.csv> ${file}`);
  context.print(lines.join('\n'));
}
