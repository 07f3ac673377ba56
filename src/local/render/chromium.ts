import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's chromium, or the one CHROMIUM_PATH names; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Headless Chromium with a fresh temporary profile (playwright creates and removes it). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core'); // loaded by the commands that print, not by every command
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A Chromium launched ahead of need; `close` shuts it, whether or not it started. */
export interface EarlyChromium {
  readonly browser: Promise<Browser>;
  close(): Promise<void>;
}

/** Launches Chromium now, so its start-up overlaps reading and computing the workbook; undefined when it is not installed. */
export function launchChromiumEarly(): EarlyChromium | undefined {
  if (!chromiumInstalled()) return undefined;
  const browser = launchChromium();
  browser.catch(() => undefined); // a failed launch is reported where the PDF waits for it
  return {
    browser,
    close: () =>
      browser.then(
        (started) => started.close(),
        () => undefined,
      ),
  };
}
