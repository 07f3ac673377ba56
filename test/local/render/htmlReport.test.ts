import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildClientUpdate } from '../../../src/core/actions/export/buildClientUpdate';
import type { ClientUpdate } from '../../../src/core/report/clientUpdate';
import { CHROMIUM_PATH, launchChromium } from '../../../src/local/render/chromium';
import { addDemoTrackerTabs } from '../../../src/local/cli/demoCommand';
import { renderHtml } from '../../../src/core/report/render/htmlReport';
import { renderMarkdown } from '../../../src/core/report/render/markdownReport';
import { renderPdf } from '../../../src/local/render/pdfReport';
import { filledWorkbook, NAMED_SETTINGS, NOW } from '../../core/workbook/clientFixture';
import { pdfPages, pdfText } from '../pdfText';

let browser: Browser;
let update: ClientUpdate;
let html: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: apt-get install chromium (CI installs it).`);
  const workbook = filledWorkbook();
  workbook.addUserTab('Settings', [...NAMED_SETTINGS.slice(0, 1), ['client.name', 'Demo client']]);
  addDemoTrackerTabs(workbook);
  update = buildClientUpdate(workbook, {
    cadence: 'wbr',
    now: NOW,
    signOffLine: 'QA signed off by ana@agency.example at 2026-11-23 08:30.',
  });
  html = renderHtml(update);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => browser?.close());

describe('the HTML client update in headless Chromium', () => {
  it('is self-contained: no script, no link, no external image or font', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)\s*=/i);
  });

  it('shows every section, the trend chart with one bar per week and a sparkline per KPI', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.setContent(html);
    expect(await page.locator('h1').textContent()).toBe('Demo client — WBR — 2026-11-16 – 2026-11-22');
    const headings = await page.locator('h2').allTextContents();
    expect(headings.slice(0, 5)).toEqual(['Agenda', 'Headlines', 'KPI scorecard', 'GMV bridge', 'SKUs that moved GMV most']);
    expect(headings).toEqual(expect.arrayContaining(['Open action items', 'Open risks', 'Next steps', 'Definitions']));
    expect(await page.locator('svg.chart rect').count()).toBe(8);
    // 9 KPIs and the demo's three channels (LIVE, video, product card), each its GMV and its share.
    expect(await page.locator('svg.spark').count()).toBe(15);
    expect(await page.locator('td.bad', { hasText: 'OVERDUE' }).count()).toBe(1);
    const firstHealth = page.locator('h2:has-text("Account health") + table tbody tr').first();
    expect(await firstHealth.locator('td').nth(1).textContent()).toBe('AT RISK');
    await page.close();
  });

  it.each([
    ['A4', 703],
    ['Letter', 725],
  ] as const)('prints on %s without running off the page (content width %i px)', async (paper, width) => {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
    const pdf = await renderPdf(html, paper, browser);
    const pages = await pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);
    const text = await pdfText(pdf);
    for (const sentence of update.narrative.slice(0, 2)) expect(text.replace(/\s+/g, ' ')).toContain(sentence);
  });

  it('Markdown says the same: the title, the narrative and a row per KPI', () => {
    const markdown = renderMarkdown(update);
    expect(markdown.startsWith('# Demo client — WBR — 2026-11-16 – 2026-11-22\n')).toBe(true);
    for (const sentence of update.narrative) expect(markdown).toContain(`- ${sentence}`);
    for (const row of update.scorecard.rows)
      expect(markdown).toMatch(
        new RegExp(`^\\| ${row.metric} \\| ${row.text.current.replace(/[$.]/g, '\\$&')}${row.notFinal ? ' \\(not final\\)' : ''} \\|`, 'm'),
      );
  });

  it('Markdown keeps markup and link syntax from the sheets inert (a promo named <img onerror>, a [link](javascript:))', () => {
    const hostile = '<img src=x onerror=alert(1)> [win](javascript:alert(2)) SERUM_30ML';
    const markdown = renderMarkdown({ ...update, title: hostile, narrative: [hostile] });
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('[win]');
    expect(markdown).toContain('# &lt;img src=x onerror=alert(1)&gt; \\[win\\](javascript:alert(2)) SERUM\\_30ML\n');
    expect(markdown).toContain('- &lt;img src=x onerror=alert(1)&gt;');
  });
});
