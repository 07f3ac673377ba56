import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { QA_LOG_TAB, readQaLog } from '../../src/core/actions/qaLogTab';
import { signOffStatus } from '../../src/core/actions/signOffStatus';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { main } from '../../src/local/cli/cli';
import { silentReporter } from '../../src/local/xlsx/reporter';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';
import { describeInBrowser, openBrowser } from '../support/browser';
import { fixDemoErrors } from '../support/fixDemoErrors';
import { startSidebarProcess } from '../support/sidebarProcess';

/** A browser, a server process and workbooks written several times: minutes on a busy two-core machine. */
const SLOW = 1_200_000;
const ITEMS = ['Deck numbers match the read-out', 'Promo dates match the calendar', 'Client name and period right on every slide'];

let folder = '';
let demo = '';
let browser: Awaited<ReturnType<typeof openBrowser>>;

/** Opens the sidebar of `file` as `tts-ops sidebar` serves it, waits for the checks, runs `test`, stops the server. */
async function withSidebar(file: string, test: (page: Page) => Promise<void>): Promise<void> {
  const server = await startSidebarProcess(file);
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await page.goto(server.url);
    await page.locator('.group').first().waitFor({ timeout: 120_000 });
    await test(page);
    expect(pageErrors).toEqual([]);
  } finally {
    await page.close();
    await server.stop();
  }
}

const badge = (page: Page, group: string): Promise<string> => page.locator('.group', { hasText: group }).locator('.badge').innerText();

describeInBrowser('the QA checklist sidebar in Chromium, served by tts-ops sidebar', () => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tts-ops-sidebar-'));
    demo = join(folder, 'demo.xlsx');
    const code = await main(['demo', '--out', demo], {
      reporter: silentReporter,
      print: () => undefined,
      printError: console.error,
      now: () => new Date(),
    });
    expect(code).toBe(0);
    browser = await openBrowser();
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it(
    "shows the demo's findings grouped with their counts, selects a finding's cell, and keeps Sign off disabled while an ERROR remains",
    async () => {
      await withSidebar(demo, async (page) => {
        await expect(page.locator('.freshness').innerText()).resolves.toMatch(
          /^Data through 2026-11-22 23:47, America\/Los_Angeles; refreshed \d{4}-\d\d-\d\d \d\d:\d\d\.$/,
        );
        expect(await page.locator('.stale').count()).toBe(0);
        expect(await page.locator('.group-name').allInnerTexts()).toEqual(['Accuracy', 'Links', 'Pricing', 'Promo eligibility', 'Compliance']);
        expect(await badge(page, 'Accuracy')).toMatch(/^(OK|1 warning)$/); // the demo's data ends 2026-11-22: old once 3 days have passed
        expect(await badge(page, 'Links')).toBe('2 errors · 1 warning');
        expect(await badge(page, 'Pricing')).toBe('1 error');
        expect(await badge(page, 'Promo eligibility')).toBe('2 errors');
        expect(await badge(page, 'Compliance')).toBe('2 errors · 4 warnings · 1 note');
        expect(await page.locator('.summary .badge').innerText()).toMatch(/^7 errors · [56] warnings · 1 note$/);

        const finding = page.locator('.group', { hasText: 'Links' }).locator('.finding').first();
        expect(await finding.innerText()).toContain('Links!I5');
        await finding.click();
        await page.locator('.progress', { hasText: 'Selected Links!I5.' }).waitFor();
        expect(await page.locator('.finding[aria-current="true"]').innerText()).toContain('Links!I5');

        const toggle = page.locator('.group-toggle', { hasText: 'Pricing' });
        await toggle.focus();
        await page.keyboard.press('Enter');
        expect(await page.locator('.group-toggle', { hasText: 'Pricing' }).getAttribute('aria-expanded')).toBe('false');
        expect(await page.locator('.group', { hasText: 'Pricing' }).locator('.findings').isHidden()).toBe(true);
        expect(await page.evaluate('document.activeElement.textContent')).toContain('Pricing'); // focus stays on the control

        for (const item of ITEMS) await page.getByLabel(item).check();
        expect(await page.locator('#sign-off').isDisabled()).toBe(true);
        expect(await page.locator('#sign-off-hint').innerText()).toBe('Fix the 7 errors first, then check again.');
        const refused = await page.evaluate(
          `new Promise((resolve) => google.script.run.withSuccessHandler(() => resolve('signed')).withFailureHandler((e) => resolve(e.message)).ttsQaSignOff({ ticked: ${JSON.stringify(ITEMS)}, note: '' }))`,
        );
        expect(refused).toMatch(/^Sign-off refused: 7 errors remain \(first: Links!I5 /);

        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: resolve(__dirname, '../../docs/img/qa-sidebar.png'), fullPage: true });
      });
    },
    SLOW,
  );

  it(
    'signs off a copy with the errors fixed and saves one log row to the file, Enter pressed twice',
    async () => {
      const fixed = join(folder, 'fixed.xlsx');
      copyFileSync(demo, fixed);
      await fixDemoErrors(fixed, new Date());
      const note = '<img src=x onerror="window.__xss=7"> Week 47 deck';
      await withSidebar(fixed, async (page) => {
        expect(await page.locator('.summary .badge').innerText()).not.toContain('error');
        expect(await page.locator('#sign-off').isDisabled()).toBe(true);
        expect(await page.locator('#sign-off-hint').innerText()).toBe('Tick the 3 manual items left.');
        await page.getByLabel(ITEMS[0]).check();
        await page.getByLabel(ITEMS[1]).focus();
        await page.keyboard.press('Space');
        await page.getByLabel(ITEMS[2]).check();
        await page.getByLabel('Note (optional)').fill(note);
        expect(await page.locator('#sign-off').isEnabled()).toBe(true);
        await page.locator('#sign-off').focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter'); // pressed twice: one log row
        await page.locator('.signed.yes').waitFor({ timeout: 120_000 });
        await page.keyboard.press('Enter');
        expect(await page.locator('#sign-off').isDisabled()).toBe(true);
        expect(await page.locator('#sign-off-hint').innerText()).toBe('Signed off: nothing to sign again until the read-out or the inputs change.');
        expect(await page.locator('.progress').innerText()).toMatch(/^Signed off by \S+: TTS · QA log row 4\.$/);
        expect(await page.locator('.signed.yes').innerText()).toMatch(
          /^Signed off \d{4}-\d\d-\d\d \d\d:\d\d America\/Los_Angeles by \S+ \(row 4 of the QA log\)\.$/,
        );
        expect(await page.evaluate('window.__xss')).toBeUndefined();
      });
      const workbook = await openXlsx(fixed);
      const rows = readQaLog(workbook.readTab(QA_LOG_TAB));
      expect(rows.map((row) => [row.row, row.errors, row.manualItems, row.note])).toEqual([[4, 0, ITEMS.join('; '), note]]);
      expect(signOffStatus(workbook).signedOff).toBe(true);
    },
    SLOW,
  );

  it(
    'shows titles, promo names, links, notes and Settings values holding markup as text, and runs no script from the data',
    async () => {
      const hostile = join(folder, 'hostile.xlsx');
      copyFileSync(demo, hostile);
      const payloads = {
        title: '<img src=x onerror="window.__xss=1"> FREE shipping',
        promo: '<script>window.__xss=2</script>',
        item: '"><svg onload="window.__xss=3">',
        url: 'javascript:window.__xss=4',
        setting: '<img src=x onerror=window.__xss=5>',
      };
      const workbook = await openXlsx(hostile);
      const edit = (tab: string, change: (values: CellValue[][], header: CellValue[]) => void): void => {
        const values = workbook.readTab(tab)!;
        change(
          values,
          values.find((row) => row.some((cell) => cell === 'Seller SKU' || cell === 'Key' || cell === 'Link name'))!,
        );
        workbook.writeTab({ name: tab, values });
      };
      edit('Products', (values, header) => (values[2][header.indexOf('Product name')] = payloads.title));
      edit('Promos', (values, header) => (values[2][header.indexOf('Promotion name')] = payloads.promo));
      edit('Links', (values, header) => (values[2][header.indexOf('URL')] = payloads.url));
      edit('Settings', (values, header) => {
        const value = header.indexOf('Value');
        values.find((row) => row[0] === 'checklist.manualItems')![value] = `${payloads.item}; Deck numbers match the read-out`;
        values.find((row) => row[0] === 'qa.minImages')![value] = payloads.setting;
      });
      await saveXlsx(workbook, hostile); // not refreshed: the refresh refuses the bad Settings value, the checklist names it

      await withSidebar(hostile, async (page) => {
        const collapsed = page.locator('.group-toggle[aria-expanded="false"]');
        while ((await collapsed.count()) > 0) await collapsed.first().click(); // each click redraws the list
        const text = await page.locator('main').innerText();
        expect(text).toContain(payloads.title);
        expect(text).toContain(payloads.url);
        expect(text).toContain(payloads.setting);
        expect(await page.getByLabel(payloads.item).count()).toBe(1);
        await page.locator('.finding', { hasText: payloads.url }).first().click();
        await page.locator('.progress', { hasText: /^Selected Links!\w+\.$/ }).waitFor();
        expect(await page.locator('main img, main svg, main script, main a').count()).toBe(0);
        expect(await page.evaluate('window.__xss')).toBeUndefined();
        expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]+$/); // no navigation away
      });
    },
    SLOW,
  );
});
