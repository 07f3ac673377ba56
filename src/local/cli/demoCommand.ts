import { commandLineSurface } from '../../core/workbook/surface';
import { dirname, join, relative, resolve } from 'node:path';
import type { MarketCode } from '../../core/markets/marketCodes';
import { refreshAndCount } from '../../core/actions/refreshAndCount';
import { refreshSummaryText } from '../../core/actions/summaryText';
import { DEMO_CLIENTS, isDemoMarket, type DemoMarket } from '../../demo/demoClients';
import { setupTabContent, type SetupTab } from '../../core/workbook/setupTabs';
import { setupTabs, setupWorkbook } from '../../core/actions/setupWorkbook';
import { setupSummaryText } from '../../core/actions/summaryText';
import type { Workbook } from '../../core/workbook/workbookPort';
import { demoTrackerTabs } from '../../demo/trackerTabs';
import type { Browser } from 'playwright-core';
import { launchChromiumEarly } from '../render/chromium';
import type { CommandContext } from './commandContext';
import { FileProblem } from '../files/fileProblem';
import { exportWorkbook } from './exportCommand';
import { assertWritable } from '../files/writeFileAtomically';
import { assertNewWorkbookName } from '../files/newWorkbookName';
import { openXlsx, saveXlsx } from '../xlsx/xlsxFile';

const ROOT = resolve(__dirname, '..', '..', '..');

/** The demo client of a market: its bundled workbook under examples/, written to the same name under out/. */
function demoFile(market: DemoMarket): { input: string; output: string } {
  const name = DEMO_CLIENTS[market].xlsx;
  return { input: join(ROOT, 'examples', name), output: join(ROOT, 'out', name) };
}

function demoMarket(market: MarketCode | undefined): DemoMarket {
  const chosen = market ?? 'US';
  if (!isDemoMarket(chosen)) throw new FileProblem(`There is no demo client for ${chosen}; demo clients: ${Object.keys(DEMO_CLIENTS).join(', ')}.`);
  return chosen;
}

/** `tts-ops demo [--market CODE] [--out <file>]`: the market's bundled demo client, set up for its market and refreshed, written beside the example. */
export async function demoCommand(out: string | undefined, context: CommandContext, market?: MarketCode): Promise<void> {
  const chosen = demoMarket(market);
  const { input } = demoFile(chosen);
  const target = demoTarget(out, chosen);
  await assertWritable(target);
  await assertNewWorkbookName(target);
  const chromium = launchChromiumEarly();
  try {
    await writeDemo(input, target, chosen, context, chromium?.browser);
  } finally {
    await chromium?.close();
  }
}

/** Sets up, refreshes and exports the example workbook, then writes it to `target`. */
async function writeDemo(input: string, target: string, chosen: DemoMarket, context: CommandContext, browser?: Promise<Browser>): Promise<void> {
  context.reporter.status(`Reading ${relative(process.cwd(), input)}`);
  const workbook = await openXlsx(input, context.reporter).catch((error: unknown) => {
    throw error instanceof FileProblem ? new FileProblem(`${error.message} Run 'npm run demo-data' to (re)generate it.`) : error;
  });
  const added = addDemoTrackerTabs(workbook);
  if (added.length) context.print(`Added demo rows to ${added.join(', ')}.`);
  context.print(
    setupSummaryText(
      setupWorkbook(workbook, chosen, { name: chosen === 'US' ? 'Demo client' : `Demo client ${chosen}` }),
      commandLineSurface(target),
    ),
  );
  const summary = refreshAndCount(workbook, context.now(), commandLineSurface(target));
  context.print(refreshSummaryText(summary));
  const save = (): Promise<void> => {
    context.reporter.status(`Writing ${target}`);
    return saveXlsx(workbook, target);
  };
  const recap = await exportWorkbook({ workbook, source: target, save, browser }, dirname(target), { cadence: 'wbr' }, context);
  // Its QA findings are planted, so nobody could honestly sign it off: the demo stops at the draft.
  context.print(
    [`Output: ${target}`, 'Client update (WBR), the draft (never delivered: its QA findings are planted):', ...recap.lines.slice(1)].join('\n'),
  );
}

/** The file `demo` writes: --out, else out/<the market's demo file>. */
export function demoTarget(out: string | undefined, market?: MarketCode): string {
  return out ?? relative(process.cwd(), demoFile(isDemoMarket(market) ? market : 'US').output);
}

/** Writes the demo Products, Promos, Links and tracker tabs (Action items, Risks, 30-60-90 plan, Promo calendar), laid out as the set-up lays them out, where the workbook lacks them. */
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
