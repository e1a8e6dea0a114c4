/**
 * End to end: the real H5 build served by the real runner (SQLite, demo seed), driven in headless
 * Chromium. Open home, see the seeded stories, open one, switch persona, redeem an invitation.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalApp, type LocalApp } from '../../cloudfunctions/_local/local-app';
import { launchChromium, PHONE, SCREENSHOTS } from './browser';

jest.setTimeout(60_000);

const H5 = path.resolve(__dirname, '..', '..', 'dist', 'h5');
let app: LocalApp;
let browser: Browser;
let page: Page;
let dir: string;

beforeAll(async () => {
  if (!existsSync(path.join(H5, 'index.html')))
    throw new Error('H5 build missing: run npm run build:h5 (npm test builds it first)');
  dir = mkdtempSync(path.join(os.tmpdir(), 'laomo-e2e-'));
  app = await startLocalApp({
    dataDir: dir,
    port: 0,
    h5Dir: H5,
    testMode: true,
    timers: false,
    logger: { error: console.error, info: () => undefined },
  });
  browser = await launchChromium();
  page = await (await browser.newContext(PHONE)).newPage();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

describe('a newcomer uses Laomo in a browser', () => {
  it('home lists the seeded stories, newest first', async () => {
    await page.goto(app.runner.url);
    await page.getByText('调度台前的“最强大脑”').first().waitFor({ timeout: 30_000 });
    await expect(page.getByText('高压线上的“绣花功夫”').first().isVisible()).resolves.toBe(true);
    await shot('home');
  });

  it('opens a story and reads its blocks', async () => {
    await page.getByText('调度台前的“最强大脑”').first().click();
    await page.getByText('传帮带').first().waitFor({ timeout: 20_000 });
    await expect(page.getByText('把每一件小事做好，就是对岗位最好的回答。').first().isVisible()).resolves.toBe(true);
    await shot('story');
  });

  it('switches persona to a district cadre and sees the grant', async () => {
    await page.goto(`${app.runner.url}/#/pages/me/index`);
    await page.getByText('切换演示身份').first().waitFor({ timeout: 20_000 });
    await page.getByText('区总工会干部', { exact: true }).first().click();
    // Tab pages stay in the DOM (hidden) on H5: look inside the profile card only.
    await page.locator('.profile__org', { hasText: '示范区总工会' }).first().waitFor({ timeout: 20_000 });
    await shot('me-district');
  });

  it('as a member of the public, redeems an invitation code and becomes a cadre', async () => {
    await page.getByText('公众（游客）', { exact: true }).first().click();
    await page.locator('[aria-label="邀请码"] input, input[aria-label="邀请码"]').first().fill('DEMO-JOIN-2026');
    await page.getByText('兑换', { exact: true }).first().click();
    await page
      .getByText(/兑换成功/)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.locator('.profile__org', { hasText: '东湖社区卫生服务中心工会' }).first().waitFor({ timeout: 20_000 });
    await shot('me-redeemed');
  });
});
