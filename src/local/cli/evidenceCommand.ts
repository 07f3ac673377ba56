import { dirname, resolve } from 'node:path';
import { InputError } from '../../core/values/errors';
import { buildEvidence } from '../../core/actions/evidencePack';
import { evidenceMetricOf } from '../../core/health/evidence/evidenceMetric';
import { evidenceJson } from '../../core/report/evidenceJson';
import { EVIDENCE_COLUMNS, evidenceRows } from '../../core/report/evidenceTable';
import { renderBlocksHtml } from '../../core/report/render/htmlReport';
import { renderBlocksMarkdown } from '../../core/report/render/markdownReport';
import { chromiumInstalled, CHROMIUM_PATH, launchChromiumEarly } from '../render/chromium';
import { csvText } from '../render/csvText';
import { fileSlug, stageExportFiles } from '../render/exportFiles';
import { assertOutputFolder } from '../files/makeFolder';
import { paperFor } from '../render/pdfReport';
import { openWithInputs, sourceModeOf } from '../xlsx/xlsxFile';
import type { CommandContext } from './commandContext';
import { printedPdf } from './exportCommand';

export interface EvidenceOptions {
  readonly metric?: string;
  readonly from?: string;
  readonly to?: string;
  /** Announced exemption days, comma-separated YYYY-MM-DD. */
  readonly exempt?: string;
  /** Folder for the files; default the workbook's folder. */
  readonly out?: string;
  /** Print the pack as JSON instead of writing files. */
  readonly json?: boolean;
}

/**
 * `tts-ops evidence <file.xlsx> --metric ldr|vtr|sfcr`: the appeal pack of one rate as HTML, Markdown,
 * CSV (the order table) and, with Chromium, PDF, never over an earlier file; --json prints it instead.
 * The workbook is only read.
 */
export async function evidenceCommand(file: string, options: EvidenceOptions, context: CommandContext): Promise<void> {
  const metric = evidenceMetricOf(options.metric);
  if (!metric) throw new InputError(`--metric must be ldr, vtr or sfcr${options.metric ? `; got '${options.metric}'` : ''}.`);
  const outDir = options.out ?? dirname(file);
  if (!options.json) await assertOutputFolder(outDir);
  const chromium = options.json ? undefined : launchChromiumEarly();
  try {
    context.reporter.status(`Reading ${file}`);
    const workbook = await openWithInputs(file, context.reporter);
    const exemptDays = options.exempt ? [options.exempt] : [];
    const built = buildEvidence(workbook, { metric, from: options.from, to: options.to, dayNames: { from: '--from', to: '--to' }, exemptDays });
    if (options.json) {
      context.print(JSON.stringify(evidenceJson(built.pack), null, 2));
      return;
    }
    const html = renderBlocksHtml(built.title, built.blocks);
    const contents = new Map<string, string | Buffer>([
      ['html', html],
      ['md', renderBlocksMarkdown(built.title, built.blocks)],
      ['csv', csvText([[...EVIDENCE_COLUMNS], ...evidenceRows(built.pack)])],
    ]);
    const lines = [built.title, built.pack.whatIf];
    if (chromiumInstalled()) {
      context.reporter.status('Printing the PDF with headless Chromium');
      contents.set('pdf', await printedPdf(html, paperFor(built.client.market), chromium?.browser));
    } else lines.push(`No PDF: Chromium is not installed at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or open the HTML and print it).`);
    const base = `${fileSlug(built.client.name)}-${metric.toLowerCase()}-evidence-${built.windowSlug}`;
    const staged = await stageExportFiles(outDir, base, contents, resolve(file), sourceModeOf(workbook));
    await staged.publish();
    context.print([...lines, ...staged.files.map((f) => `Wrote ${f}`)].join('\n'));
  } finally {
    await chromium?.close();
  }
}
