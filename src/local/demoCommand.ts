import { join, relative, resolve } from 'node:path';
import { setupTabContent, type SetupTab } from '../core/workbook/setupTabs';
import { setupTabs, setupWorkbook } from '../core/workbook/setupWorkbook';
import { setupSummaryText } from '../core/workbook/summaryText';
import type { Workbook } from '../core/workbook/workbookPort';
import { demoTrackerTabs } from '../demo/trackerTabs';
import type { CommandContext } from './commandContext';
import { FileProblem } from './fileProblem';
import { refreshAndSave } from './refreshCommand';
import { assertWritable } from './writeFileAtomically';
import { openXlsx } from './xlsxFile';

const ROOT = resolve(__dirname, '..', '..');
const DEMO_INPUT = join(ROOT, 'examples', 'demo-client.xlsx');
const DEMO_OUTPUT = join(ROOT, 'out', 'demo-client.xlsx');

/** `tts-ops demo [--out <file>]`: the bundled demo client, set up and refreshed, written beside the example. */
export async function demoCommand(out: string | undefined, context: CommandContext): Promise<void> {
  const target = demoTarget(out);
  await assertWritable(target);
  context.reporter.status(`Reading ${relative(process.cwd(), DEMO_INPUT)}`);
  const workbook = await openXlsx(DEMO_INPUT, context.reporter).catch((error: unknown) => {
    throw error instanceof FileProblem ? new FileProblem(`${error.message} Run 'npm run demo-data' to (re)generate it.`) : error;
  });
  const added = addDemoTrackerTabs(workbook);
  if (added.length) context.print(`Added demo rows to ${added.join(', ')}.`);
  context.print(setupSummaryText(setupWorkbook(workbook)));
  await refreshAndSave(workbook, target, context);
}

/** The file `demo` writes: --out, else out/demo-client.xlsx. */
export function demoTarget(out: string | undefined): string {
  return out ?? relative(process.cwd(), DEMO_OUTPUT);
}

/** Writes the demo Products, Promos and Action items tabs (laid out as the set-up lays them out) where the workbook lacks them. */
export function addDemoTrackerTabs(workbook: Workbook): string[] {
  const existing = new Set(workbook.listTabs());
  const layouts = new Map(setupTabs(workbook.timeZone()).map((tab): [string, SetupTab] => [tab.name, tab]));
  const added: string[] = [];
  for (const demo of demoTrackerTabs(workbook.timeZone())) {
    const layout = layouts.get(demo.name);
    if (existing.has(demo.name) || !layout) continue;
    const rows = demo.rows.map((row) => layout.headers.map((header) => row[demo.headers.indexOf(header)] ?? ''));
    workbook.writeTab(setupTabContent({ ...layout, rows }));
    added.push(demo.name);
  }
  return added;
}
