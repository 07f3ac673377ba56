import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../core/values/errors';
import type { Cadence } from '../../core/report/cadence';
import { prepareDraft, recordExport, type PreparedExport } from '../../core/actions/export/exportPlan';
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
import { assertOutputFolder } from '../files/makeFolder';
import { openWithInputs, saveXlsx, sourceModeOf } from '../xlsx/xlsxFile';

/** Which update: the cadence, the as-of day, the period to date; and the folder for its files. */
export interface UpdateOptions {
  readonly cadence: Cadence;
  readonly asOf?: string;
  /** Folder for the files; default the workbook's folder. */
  readonly out?: string;
  /** The period to date (compared with the same days) instead of the last complete one. */
  readonly toDate?: boolean;
}

export interface ExportOptions extends UpdateOptions {
  /** The account team's copy: the internal appendix added, `-internal` in the file names. */
  readonly internal?: boolean;
}

/** What writing an update gave: its files, the lines to print, the log tab. */
export interface WrittenUpdate {
  readonly files: string[];
  readonly lines: string[];
  readonly logTab: string;
}

/** The open workbook, the file it was read from, how to save it, and Chromium started early for the PDF. */
export interface OpenUpdate {
  readonly workbook: Workbook;
  readonly source: string;
  readonly save: () => Promise<void>;
  readonly browser?: Promise<Browser>;
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
 * Opens `file`, lets `write` build and write an update into `outDir` (with Chromium started early for the PDF),
 * then prints what was written and where it was logged. Export and deliver both run through here.
 */
export async function updateCommand(
  file: string,
  outDir: string,
  context: CommandContext,
  write: (open: OpenUpdate) => Promise<WrittenUpdate>,
): Promise<void> {
  await assertWritable(file);
  await assertOutputFolder(outDir);
  const chromium = launchChromiumEarly();
  try {
    context.reporter.status(`Reading ${file}`);
    const workbook = await openWithInputs(file, context.reporter);
    const save = (): Promise<void> => {
      context.reporter.status(`Logging it in ${file}`);
      return saveXlsx(workbook, file);
    };
    const written = await write({ workbook, source: file, save, browser: chromium?.browser });
    context.print([...written.lines, `Logged in ${written.logTab} of ${file}.`].join('\n'));
  } finally {
    await chromium?.close();
  }
}

/**
 * `tts-ops export <file.xlsx> --cadence wbr|mbr|qbr`: writes the draft (HTML, Markdown and, with
 * Chromium, PDF, each marked DRAFT), never over an earlier file, and logs it in `TTS · Exports`.
 */
export async function exportCommand(file: string, options: ExportOptions, context: CommandContext): Promise<void> {
  const outDir = options.out ?? dirname(file);
  await updateCommand(file, outDir, context, (open) => exportWorkbook(open, outDir, options, context));
  context.print(`Next: check the draft, sign off (tts-ops check, tts-ops sign-off), then tts-ops deliver ${file} with the same options.`);
}

/** How a message names the as-of day the user typed. */
export const AS_OF_OPTION = '--as-of';

/** The draft of an open workbook, written and logged (see writeUpdate). */
export function exportWorkbook(open: OpenUpdate, outDir: string, options: ExportOptions, context: CommandContext): Promise<WrittenUpdate> {
  const { cadence, asOf, toDate, internal } = options;
  return writeUpdate(
    open,
    prepareDraft(open.workbook, { cadence, asOf, asOfName: AS_OF_OPTION, toDate, internal, now: context.now() }),
    outDir,
    context,
  );
}

/**
 * Renders a prepared update, logs it in the workbook and saves it, then puts the files in place: a
 * failure (or a kill) before the log row is saved leaves no unlogged file, and the next export finishes
 * one killed after it. A draft's names end in `-draft`, so the delivered copy never takes a draft's name.
 * The caller closes the browser it passes.
 */
export async function writeUpdate(open: OpenUpdate, prepared: PreparedExport, outDir: string, context: CommandContext): Promise<WrittenUpdate> {
  if (!prepared.ok) throw new InputError(prepared.reason);
  const { workbook } = open;
  const { update } = prepared;
  const html = renderHtml(update);
  const contents = new Map<string, string | Buffer>([
    ['html', html],
    ['md', renderMarkdown(update)],
  ]);
  const lines = await recoverInterruptedExports(outDir, resolve(open.source), loggedOutputs(workbook));
  if (chromiumInstalled()) {
    context.reporter.status('Printing the PDF with headless Chromium');
    contents.set('pdf', await printedPdf(html, paperFor(update.market), open.browser));
  } else lines.push(`No PDF: Chromium is not installed at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or open the HTML and print it).`);
  const suffix = `${update.appendix ? '-internal' : ''}${update.draft ? '-draft' : ''}`;
  const staged = await stageExportFiles(
    outDir,
    `${fileSlug(update.client)}-${update.cadence}-${update.periodSlug}${suffix}`,
    contents,
    resolve(open.source),
    sourceModeOf(workbook),
  );
  const { files } = staged;
  const logTab = recordExport(workbook, prepared, whoAmI(), context.now(), files);
  try {
    await open.save();
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.publish();
  lines.unshift(update.title, ...(prepared.override ? [`Delivered with an override: ${prepared.override}`] : []), ...files.map((f) => `Wrote ${f}`));
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
