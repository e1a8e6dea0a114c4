/**
 * End to end: the Promotion Month on the real H5 build and runner (SQLite, demo seed) in headless
 * Chromium, with the runner's clock set into the demo campaign (test mode). The home page shows the
 * campaign; a reader (公众（游客）) searches 林小 in 劳模故事, likes the story (kept after a reload),
 * opens an event from home and signs up.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { LocalApp } from '../../cloudfunctions/_local/local-app';
import { startE2e } from './session';
import { SCREENSHOTS } from './browser';

jest.setTimeout(60_000);

const WAIT = { timeout: 20_000 };
/** 2027-05-08 10:00 in Shanghai: a week into the demo campaign (2027-05-01 … 05-31). */
const NOW = '2027-05-08T02:00:00Z';
const THEME = '2027年劳模宣传月：劳动最光荣';
const SPIRIT = ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'];

let app: LocalApp;
let page: Page;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ app, page, close } = await startE2e('promotion', {
    beforeBrowser: async (started) => {
      // The clock first: the home page asks for the campaign on its first load.
      const res = await fetch(`${started.runner.url}/local/test/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: NOW }),
      });
      expect(await res.json()).toEqual({ ok: true, now: '2027-05-08T02:00:00.000Z' });
    },
  }));
});

afterAll(() => close?.());

/** A screenshot once the page has settled: its slide-in transition done and no toast showing. */
async function shot(name: string, root: string): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const el = document.querySelector(selector);
      const toast = document.querySelector('.taro__toast') as HTMLElement | null;
      const toastShown = toast !== null && getComputedStyle(toast).display !== 'none' && toast.offsetParent !== null;
      return el !== null && Math.abs(el.getBoundingClientRect().left) < 1 && !toastShown;
    },
    root,
    WAIT,
  );
  await page.waitForTimeout(300); // the last frame of the transition, images painted
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Taro H5 keeps hidden pages in the DOM: every locator is scoped to its page's root class. */
const home = () => page.locator('.home-page');
const stories = () => page.locator('.stories-page');
const story = () => page.locator('.page.story');
const event = () => page.locator('.event-page');
const input = (scope: Locator, label: string) =>
  scope.locator(`[aria-label="${label}"] input, input[aria-label="${label}"]`).first();
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();

describe('the Promotion Month in a browser', () => {
  it('home is in campaign mode: the theme and the six phrases of the model worker spirit', async () => {
    await page.goto(app.runner.url);
    await home().locator('.campaign__theme', { hasText: THEME }).waitFor(WAIT);
    await expect(home().locator('.campaign__phrase').allTextContents()).resolves.toEqual(SPIRIT);
    await expect(text(home().locator('.campaign__dates').first())).resolves.toBe(
      '2027年5月1日 至 5月31日 · 还剩 24 天',
    );
    // The campaign's featured stories in its order, story-02 too though it is not on the first page.
    await expect(home().locator('.featured__title').allTextContents()).resolves.toEqual([
      '调度台前的“最强大脑”',
      '十年磨一芯：自主研发的攻坚者',
      '社区里的“家庭医生”：守护三千户居民健康',
    ]);
    await home().locator('.event-card__title', { hasText: '劳模进校园：开学第一课' }).waitFor(WAIT);
    await expect(home().locator('.home-header').count()).resolves.toBe(0);
    await shot('home-campaign', '.home-page');
  });

  it('a reader chooses 公众（游客） in 我的', async () => {
    await page.goto(`${app.runner.url}/#/pages/me/index`);
    await page.getByText('切换演示身份').first().waitFor(WAIT);
    await page.getByText('公众（游客）', { exact: true }).first().click();
    await page.locator('.persona--active', { hasText: '公众（游客）' }).first().waitFor(WAIT);
  });

  it('searches 林小 in 劳模故事, opens the story and likes it; the like is kept after a reload', async () => {
    await page.goto(`${app.runner.url}/#/pages/stories/index`);
    await stories().locator('.story-card').first().waitFor(WAIT);
    await input(stories(), '搜索劳模姓名或故事标题').fill('林小');
    await stories().locator('.story-search__go').click();
    await stories().getByText('搜索“林小”').waitFor(WAIT);
    await expect(stories().locator('.story-card__meta').allTextContents()).resolves.toEqual([
      '林小燕 · 东湖公交客运公司',
    ]);

    await stories().locator('.story-card__title', { hasText: '调度台前的“最强大脑”' }).click();
    const like = story().locator('.like-button');
    await like.waitFor(WAIT);
    const before = Number(await text(like.locator('.like-button__count')));
    await expect(like.locator('.like-button__heart').getAttribute('aria-label')).resolves.toBe('点赞');
    await like.click();
    await story()
      .locator('.like-button--on .like-button__count', { hasText: String(before + 1) })
      .waitFor(WAIT);
    await expect(like.locator('.like-button__heart').getAttribute('aria-label')).resolves.toBe('已点赞');

    await page.reload();
    await story()
      .locator('.like-button--on .like-button__count', { hasText: String(before + 1) })
      .waitFor(WAIT);
    await expect(story().locator('.story__date').textContent()).resolves.toMatch(/阅读 \d+/);
    await shot('story-liked', '.story');
  });

  it('opens an event from home and signs up: 已报名, one more seat taken', async () => {
    await page.goto(app.runner.url);
    await home().locator('.event-card__title', { hasText: '劳模进校园：开学第一课' }).click();
    await event().locator('.event-page__title', { hasText: '劳模进校园：开学第一课' }).waitFor(WAIT);
    const before = Number(await text(event().locator('.event-actions__count')));
    await event().getByText('报名', { exact: true }).click();
    await event().locator('.event-actions__status', { hasText: '已报名' }).waitFor(WAIT);
    await expect(text(event().locator('.event-actions__count'))).resolves.toBe(String(before + 1));
    await expect(event().getByText('取消报名', { exact: true }).isVisible()).resolves.toBe(true);

    // The server kept it: a reload shows the same.
    await page.reload();
    await event().locator('.event-actions__status', { hasText: '已报名' }).waitFor(WAIT);
    await expect(text(event().locator('.event-actions__count'))).resolves.toBe(String(before + 1));
    await shot('event', '.event-page');
  });
});
