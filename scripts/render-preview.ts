/**
 * Renders the read-out tabs of a written workbook (default out/demo-client.xlsx, from `npm start`)
 * to HTML (out/preview/) and to PNG screenshots for the docs (docs/img/) with headless Chromium.
 * Usage: tsx scripts/render-preview.ts [workbook.xlsx]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildEvidence } from '../src/core/actions/evidencePack';
import { renderBlocksHtml } from '../src/core/report/render/htmlReport';
import { READOUT_TABS } from '../src/core/workbook/tabNames';
import { launchChromium } from '../src/local/render/chromium';
import { readBytes } from '../src/local/files/fileProblem';
import { htmlPreview } from '../src/local/render/htmlPreview';
import { previewTab } from '../src/local/render/previewTab';
import { STATE_SHEET } from '../src/local/xlsx/stateSheet';
import { loadXlsx, openWithInputs } from '../src/local/xlsx/xlsxFile';

const ROOT = path.join(__dirname, '..');

/** 'TTS · KPIs' → 'tts-kpis' */
const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function main(): Promise<void> {
  const input = path.resolve(process.argv[2] ?? path.join(ROOT, 'out', 'demo-client.xlsx'));
  const book = await loadXlsx(await readBytes(input), input);
  const tabNames = book.worksheets.map((sheet) => sheet.name).filter((name) => name !== STATE_SHEET);
  const htmlDir = path.join(ROOT, 'out', 'preview');
  const imageDir = path.join(ROOT, 'docs', 'img');
  mkdirSync(htmlDir, { recursive: true });
  mkdirSync(imageDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
    for (const name of Object.values(READOUT_TABS)) {
      const sheet = book.getWorksheet(name);
      if (!sheet) throw new Error(`${input} has no tab '${name}'; run 'npm start' (or tts-ops refresh) first.`);
      const html = htmlPreview(previewTab(sheet), tabNames);
      writeFileSync(path.join(htmlDir, `${slug(name)}.html`), html);
      await page.setContent(html);
      const image = path.join(imageDir, `${slug(name)}.png`);
      await page.locator('.sheet').screenshot({ path: image });
      console.log(`${path.relative(ROOT, image)}`);
    }
    await screenshotRecap(browser, path.dirname(input), imageDir);
    await screenshotEvidence(browser, input, imageDir);
  } finally {
    await browser.close();
  }
}

/** The top of the demo's WBR (written by `npm start` beside the workbook): title, headlines, scorecard, trend. */
async function screenshotRecap(browser: Browser, folder: string, imageDir: string): Promise<void> {
  const recap = readdirSync(folder)
    .filter((name) => /^demo-client-wbr-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d(-draft)?\.html$/.test(name))
    .sort()
    .pop();
  if (!recap) throw new Error(`${folder} has no demo-client-wbr-*.html; run 'npm start' first.`);
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
  await page.setContent(readFileSync(path.join(folder, recap), 'utf8'));
  const image = path.join(imageDir, 'client-update-wbr.png');
  await page.screenshot({ path: image });
  console.log(`${path.relative(ROOT, image)}`);
}

/** The top of the demo's LDR evidence pack, rendered as `tts-ops evidence` writes it: summary, what-if, timeline, the first orders. */
async function screenshotEvidence(browser: Browser, input: string, imageDir: string): Promise<void> {
  const built = buildEvidence(await openWithInputs(input), { metric: 'LDR' });
  const page = await browser.newPage({ viewport: { width: 1300, height: 1250 }, deviceScaleFactor: 1 });
  await page.setContent(renderBlocksHtml(built.title, built.blocks));
  const image = path.join(imageDir, 'evidence-pack-ldr.png');
  await page.screenshot({ path: image });
  console.log(`${path.relative(ROOT, image)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
