/**
 * End to end: the real H5 build served by the real runner (SQLite, demo seed), driven in headless
 * Chromium. Open home, see the seeded stories, open one, switch persona, redeem an invitation.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalApp } from '../../cloudfunctions/_local/local-app';
import { startE2e } from './session';
import { SCREENSHOTS } from './browser';

jest.setTimeout(60_000);

let app: LocalApp;
let page: Page;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ app, page, close } = await startE2e('app'));
});

afterAll(() => close?.());

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
