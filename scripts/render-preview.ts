/**
 * Renders the read-out tabs of a written workbook (default out/demo-client.xlsx, from `npm start`)
 * to HTML (out/preview/) and to PNG screenshots for the docs (docs/img/) with headless Chromium.
 * Usage: tsx scripts/render-preview.ts [workbook.xlsx]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { READOUT_TABS } from '../src/core/workbook/tabNames';
import { launchChromium } from '../src/local/chromium';
import { readBytes } from '../src/local/fileProblem';
import { htmlPreview } from '../src/local/htmlPreview';
import { previewTab } from '../src/local/previewTab';
import { STATE_SHEET } from '../src/local/stateSheet';
import { loadXlsx } from '../src/local/xlsxFile';

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
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
