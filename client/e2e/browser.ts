/**
 * Headless Chromium for the end-to-end tests: Debian's `chromium` driven by playwright-core (never a
 * downloaded browser). Playwright gives each launch a fresh, empty profile. A missing browser
 * fails the run with a clear message.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium and fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized page (iPhone 12/13 logical size). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/**
 * Where the tests save their screenshots: `.data/screenshots` normally, so a test run leaves the
 * tree clean; `docs/screenshots` (shown in the README) with `npm run screenshots`.
 */
export const SCREENSHOTS = path.resolve(
  __dirname,
  '..',
  '..',
  process.env.LAOMO_SCREENSHOTS ? 'docs/screenshots' : '.data/screenshots',
);
