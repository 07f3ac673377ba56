import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';

export type PaperSize = 'Letter' | 'A4';

/** Letter where the client's market uses it (US, Mexico) or is not set (the add-on's defaults are US), A4 elsewhere. */
export function paperFor(market: string): PaperSize {
  return ['', 'US', 'MX'].includes(market.toUpperCase()) ? 'Letter' : 'A4';
}

/** The HTML printed to PDF by headless Chromium (print CSS, backgrounds kept). */
export async function renderPdf(html: string, paper: PaperSize, browser?: Browser): Promise<Buffer> {
  const owned = browser ?? (await launchChromium());
  try {
    const page = await owned.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: false });
    await page.close();
    return pdf;
  } finally {
    if (!browser) await owned.close();
  }
}
