import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../core/values/errors';
import type { Cadence } from '../../core/report/cadence';
import { prepareExport, recordExport } from '../../core/actions/export/exportPlan';
import { loggedOutputs } from '../../core/actions/export/exportsLog';
import type { Workbook } from '../../core/workbook/workbookPort';
import type { Browser } from 'playwright-core';
import { chromiumInstalled, CHROMIUM_PATH, launchChromiumEarly } from '../render/chromium';
import type { CommandContext } from './commandContext';
import { fileSlug, recoverInterruptedExports, stageExportFiles } from '../render/exportFiles';
import { renderHtml } from '../../core/report/render/htmlReport';
import { renderMarkdown } from '../../core/report/render/markdownReport';
import { FileProblem } from '../files/fileProblem';
import { paperFor, renderPdf, type PaperSize } from '../render/pdfReport';
import { assertWritable } from '../files/writeFileAtomically';
import { openWithInputs, saveXlsx, sourceModeOf } from '../xlsx/xlsxFile';

export interface ExportOptions {
  readonly cadence: Cadence;
  readonly asOf?: string;
  /** Folder for the files; default the workbook's folder. */
  readonly out?: string;
  readonly override?: string;
  /** The period to date (compared with the same days) instead of the last complete one. */
  readonly toDate?: boolean;
  /** The account team's copy: the internal appendix added, `-internal` in the file names. */
  readonly internal?: boolean;
}

/** Who exported, for the log row: the login name on this machine. */
function whoAmI(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
}

/**
 * `tts-ops export <file.xlsx> --cadence wbr|mbr|qbr`: refuses while the QA checklist has not signed
 * off (unless --override "reason"), writes the HTML, Markdown and (with Chromium) PDF recap, never over
 * an earlier one, then logs the export in the workbook's `TTS · Exports` tab.
 */
export async function exportCommand(file: string, options: ExportOptions, context: CommandContext): Promise<void> {
  await assertWritable(file);
  const chromium = launchChromiumEarly();
  try {
    context.reporter.status(`Reading ${file}`);
    const workbook = await openWithInputs(file, context.reporter);
    const save = (): Promise<void> => {
      context.reporter.status(`Logging the export in ${file}`);
      return saveXlsx(workbook, file);
    };
    const paths = await exportWorkbook(workbook, file, options.out ?? dirname(file), options, context, save, chromium?.browser);
    context.print([...paths.lines, `Logged in ${paths.logTab} of ${file}.`].join('\n'));
  } finally {
    await chromium?.close();
  }
}

/**
 * Builds and renders the recap of an open workbook (read from the file `source`), logs it there and saves the workbook with
 * `save`, then puts the files in place: a failure (or a kill) before the log row is saved leaves no unlogged export, and
 * the next export finishes one killed after it. The caller closes the browser it passes.
 */
export async function exportWorkbook(
  workbook: Workbook,
  source: string,
  outDir: string,
  options: ExportOptions,
  context: CommandContext,
  save: () => Promise<void>,
  browser?: Promise<Browser>,
): Promise<{ files: string[]; lines: string[]; logTab: string }> {
  const now = context.now();
  const prepared = prepareExport(workbook, {
    cadence: options.cadence,
    asOf: options.asOf,
    toDate: options.toDate,
    internal: options.internal,
    now,
    override: options.override,
  });
  if (!prepared.ok) throw new InputError(prepared.reason);
  const { update } = prepared;
  const html = renderHtml(update);
  const contents = new Map<string, string | Buffer>([
    ['html', html],
    ['md', renderMarkdown(update)],
  ]);
  const lines = await recoverInterruptedExports(outDir, resolve(source), loggedOutputs(workbook));
  if (chromiumInstalled()) {
    context.reporter.status('Printing the PDF with headless Chromium');
    contents.set('pdf', await printedPdf(html, paperFor(update.market), browser));
  } else lines.push(`No PDF: Chromium is not installed at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or open the HTML and print it).`);
  const staged = await stageExportFiles(
    outDir,
    `${fileSlug(update.client)}-${update.cadence}-${update.periodSlug}${update.appendix ? '-internal' : ''}`,
    contents,
    resolve(source),
    sourceModeOf(workbook),
  );
  const { files } = staged;
  const logTab = recordExport(workbook, prepared, whoAmI(), now, files);
  try {
    await save();
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.publish();
  lines.unshift(
    `${update.title}`,
    ...(prepared.override ? [`Exported with an override: ${prepared.override}`] : []),
    ...files.map((f) => `Wrote ${f}`),
  );
  return { files, lines, logTab };
}

/** The PDF, or one line saying why Chromium could not print it (Playwright's own error runs to a call log). */
export async function printedPdf(html: string, paper: PaperSize, browser?: Promise<Browser>): Promise<Buffer> {
  try {
    return await renderPdf(html, paper, await browser);
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new FileProblem(
      `could not print the PDF with ${CHROMIUM_PATH} (${why}); set CHROMIUM_PATH to a working Chromium, or to a missing path to skip the PDF.`,
    );
  }
}
