/**
 * One end-to-end session: the real H5 build served by the real runner (its own temporary SQLite
 * database with the demo seed, test mode on) and a phone-sized page in headless Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalApp, type LocalApp } from '../../cloudfunctions/_local/local-app';
import { launchChromium, PHONE, SCREENSHOTS } from './browser';

/** The H5 build; `LAOMO_H5_DIR` points at another build (e.g. one made with `LAOMO_OUT_ROOT`). */
const H5 = process.env.LAOMO_H5_DIR
  ? path.resolve(process.env.LAOMO_H5_DIR)
  : path.resolve(__dirname, '..', '..', 'dist', 'h5');

export interface E2eSession {
  app: LocalApp;
  browser: Browser;
  page: Page;
  /** The session's own temporary folder (its database lives here; tests may write files to it). */
  dir: string;
  close(): Promise<void>;
}

/** `beforeBrowser` runs against the started runner before any page loads (e.g. to set the clock). */
export async function startE2e(
  name: string,
  opts: { beforeBrowser?: (app: LocalApp) => Promise<void> } = {},
): Promise<E2eSession> {
  if (!existsSync(path.join(H5, 'index.html')))
    throw new Error('H5 build missing: run npm run build:h5 (npm test builds it first)');
  const dir = mkdtempSync(path.join(os.tmpdir(), `laomo-e2e-${name}-`));
  const app = await startLocalApp({
    dataDir: dir,
    port: 0,
    h5Dir: H5,
    testMode: true,
    timers: false,
    logger: { error: console.error, info: () => undefined },
  });
  await opts.beforeBrowser?.(app);
  const browser = await launchChromium();
  const page = await (await browser.newContext(PHONE)).newPage();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    browser,
    page,
    dir,
    async close() {
      await browser.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
