/**
 * End to end: content management on the real H5 build and runner (SQLite, demo seed) in headless
 * Chromium. A street cadre (街道总工会干部) opens 工作台 → 故事管理 → 新建故事, fills the form with a
 * cover uploaded through the page's file input, records the person's consent to publication (he has
 * no model worker record: statement, date, the signed document uploaded), adds paragraph blocks,
 * saves and publishes (after the confirmation); creates and publishes an event and reads its check-in code; a member of the public
 * then finds the new story in 劳模故事 by the worker's name and reads it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import type { LocalApp } from '../../cloudfunctions/_local/local-app';
import { startE2e } from './session';
import { SCREENSHOTS } from './browser';

jest.setTimeout(60_000);

const WAIT = { timeout: 20_000 };
const WORKER = '马向阳';
const TITLE = '守护万家灯火的电力尖兵';
let app: LocalApp;
let page: Page;
let close: (() => Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
  ({ app, page, close, dir } = await startE2e('content'));
});

afterAll(() => close?.());

/** A real PNG (a union-red 16:9 picture with a lighter band), written to the test's own directory. */
function coverPng(): string {
  const [w, h] = [320, 180];
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3); // filter byte 0, then RGB
    for (let x = 0; x < w; x++) {
      const band = y > 110 && y < 140;
      row.set(band ? [252, 235, 238] : [200, 16, 46], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const file = path.join(dir, '封面.png');
  writeFileSync(file, png);
  return file;
}

/** A screenshot once the page has settled (slide-in done, no toast), as in cadre.e2e.test.ts. */
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
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Taro's H5 Input / Textarea: the native element inside the host labelled `label`. */
const field = (scope: Locator, label: string) =>
  scope
    .locator(
      `[aria-label="${label}"] input, input[aria-label="${label}"], [aria-label="${label}"] textarea, textarea[aria-label="${label}"]`,
    )
    .first();

const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();

/** Taro H5 keeps hidden pages in the DOM: every locator is scoped to its page's root class. */
const home = () => page.locator('.cadre-home');
const stories = () => page.locator('.cadre-stories');
const editor = () => page.locator('.cadre-story-edit');
const events = () => page.locator('.cadre-events');

async function persona(label: string): Promise<void> {
  await page.goto(`${app.runner.url}/#/pages/me/index`);
  await page.getByText('切换演示身份').first().waitFor(WAIT);
  await page.getByText(label, { exact: true }).first().click();
}

describe('a street cadre writes and publishes a story; the public finds it', () => {
  it('opens 工作台 → 故事管理 → 新建故事 as 街道总工会干部', async () => {
    await persona('街道总工会干部');
    await page.locator('.nav-cell', { hasText: '工作台' }).first().click();
    await home().locator('.nav-cell', { hasText: '故事管理' }).click();
    await stories().locator('.managed-story').first().waitFor(WAIT);
    await expect(home().locator('.nav-cell', { hasText: '宣传月设置' }).count()).resolves.toBe(0);
    await stories().getByText('新建故事').click();
    await editor().locator('.story-edit-head').waitFor(WAIT);
  });

  it('fills the form with an uploaded cover, adds a paragraph, and saves the draft', async () => {
    await field(editor(), '标题').fill(TITLE);
    await field(editor(), '摘要').fill(`东湖供电所配电运维班长${WORKER}二十年守护万家灯火的故事。`);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      editor().locator('.story-form .image-field__btn').first().click(),
    ]);
    await chooser.setFiles(coverPng());
    await editor().locator('.story-form .image-field__btn', { hasText: '更换图片' }).waitFor(WAIT);
    await field(editor(), '劳模姓名').fill(WORKER);
    await field(editor(), '工作单位').fill('东湖供电所');
    await editor().locator('.pick-field', { hasText: '及其下级中选择' }).click();
    await editor().locator('.sheet').getByText('选择「东湖街道总工会」').click();
    await editor().locator('.pick-field__value', { hasText: '东湖街道总工会' }).waitFor(WAIT);
    await field(editor(), '行业').fill('电力');
    await editor().locator('.chip', { hasText: '先进工作者' }).click();
    // No model worker record for him: the story carries his signed consent to publication.
    await field(editor(), '同意声明').fill(`本人${WORKER}同意在劳模宣传中公开我的姓名、单位、事迹和照片。`);
    await editor().locator('[aria-label="签署日期日期"]').click();
    // Taro's H5 picker opens over the page (outside it); 确定 takes its default, today.
    await page.locator('.weui-picker__action', { hasText: '确定' }).click();
    await expect(text(editor().locator('[aria-label="签署日期日期"]'))).resolves.not.toBe('选择日期');
    const [consentChooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      editor().locator('.story-form__consent .image-field__btn').click(),
    ]);
    await consentChooser.setFiles(coverPng());
    await editor().locator('.story-form__consent .image-field__btn', { hasText: '更换图片' }).waitFor(WAIT);
    await field(editor(), '第 1 块段落').fill('凌晨三点的抢修现场，他总是第一个到。');
    await editor().locator('[aria-label="添加段落"]').click();
    await field(editor(), '第 2 块段落').fill('二十年来，他带出了十二名技术骨干。');

    await editor().locator('.story-edit-bar').getByText('保存草稿').click();
    await editor().locator('.story-edit-head .status-chip', { hasText: '草稿' }).waitFor(WAIT);
    await editor().locator('.story-edit-head', { hasText: '已保存' }).waitFor(WAIT);
    await editor()
      .locator('.story-edit-head')
      .evaluate((el) => el.scrollIntoView());
    await shot('cadre-story-edit', '.cadre-story-edit');
  });

  it('previews it as readers will see it, then publishes after confirming', async () => {
    await editor().locator('.story-edit-head__tab', { hasText: '预览' }).click();
    await editor().locator('.story-preview .story-blocks__p', { hasText: '凌晨三点的抢修现场' }).waitFor(WAIT);
    await editor().locator('.story-edit-head__tab', { hasText: '编辑' }).click();

    await editor().locator('.story-edit-bar').getByText('发布', { exact: true }).click();
    const sheet = editor().locator('.sheet');
    await sheet.getByText('发布后，所有读者都能在「劳模故事」中看到这篇故事。').waitFor(WAIT);
    await sheet.getByText('确认发布').click();
    await editor().locator('.story-edit-head .status-chip', { hasText: '已发布' }).waitFor(WAIT);
    await expect(editor().locator('.story-edit-bar').getByText('下线').isVisible()).resolves.toBe(true);
  });

  it('reopens it from 故事管理, then creates an event in 活动管理, publishes it, and shows its check-in code', async () => {
    await page.goBack(); // 故事管理, refreshed on showing
    const row = stories().locator('.managed-story', { hasText: TITLE });
    await row.locator('.status-chip', { hasText: '已发布' }).waitFor(WAIT);
    await row.click(); // reopens from the server, cover and all
    await editor().locator('.story-edit-head .status-chip', { hasText: '已发布' }).waitFor(WAIT);
    await expect(field(editor(), '标题').inputValue()).resolves.toBe(TITLE);
    await editor().locator('.story-form [aria-label="封面图片预览"]').waitFor(WAIT);
    // The consent reopens with the story: its statement and the signed document (cadres only).
    await editor().locator('.story-form__consent [aria-label="签字的同意书（照片或扫描件）预览"]').waitFor(WAIT);
    await expect(field(editor(), '同意声明').inputValue()).resolves.toContain(WORKER);
    await page.goBack(); // 故事管理
    await page.goBack(); // 工作台
    await home().locator('.nav-cell', { hasText: '活动管理' }).click();
    await events().locator('.managed-event', { hasText: '劳模进企业：安全行车经验分享' }).waitFor(WAIT);
    // 西山's events are not in a 东湖 cadre's list.
    await expect(events().locator('.managed-event', { hasText: '开学第一课' }).count()).resolves.toBe(0);

    await events().getByText('新建活动').click();
    const form = events().locator('.event-form');
    await field(form, '活动名称').fill('劳模进社区：安全用电课堂');
    await field(form, '活动介绍').fill(`${WORKER}为社区居民讲解家庭安全用电常识。`);
    await field(form, '活动地点').fill('东湖街道社区服务中心');
    await form.getByText('创建活动').click();

    const detail = events().locator('.event-detail');
    const code = detail.locator('.event-detail__code');
    await code.waitFor(WAIT);
    expect(((await code.textContent()) ?? '').replace(/\s/g, '')).toMatch(/^\d{6}$/);
    await detail.getByText('发布', { exact: true }).click();
    await events().locator('.sheet').getByText('确认发布').click();
    await detail.locator('.status-chip', { hasText: '已发布' }).waitFor(WAIT);
    await detail.getByText('活动现场向参加者出示或念出，参加者在活动页输入签到').waitFor(WAIT);
    await shot('cadre-events', '.cadre-events');
  });

  it('as 公众（游客）, finds the new story in 劳模故事 by the worker’s name and reads it', async () => {
    await persona('公众（游客）');
    await page.goto(`${app.runner.url}/#/pages/stories/index`);
    const list = page.locator('.stories-page');
    await list.locator('.story-card').first().waitFor(WAIT);
    if ((await list.locator('.story-search').count()) > 0) {
      await field(list, '搜索劳模姓名或故事标题').fill(WORKER);
      await list.locator('.story-search__go').click();
      await list.locator('.story-card__meta', { hasText: WORKER }).first().waitFor(WAIT);
      await expect(list.locator('.story-card').count()).resolves.toBe(1);
    } else {
      // Without the search box, the newest story heads the first page.
      await expect(list.locator('.story-card__title').first().textContent()).resolves.toBe(TITLE);
    }
    await list.locator('.story-card', { hasText: TITLE }).click();
    const story = page.locator('.story');
    await story.locator('.story-blocks__p', { hasText: '二十年来，他带出了十二名技术骨干。' }).waitFor(WAIT);
    await expect(story.locator('.story__meta').first().textContent()).resolves.toContain(`${WORKER} · 东湖供电所`);
  });
});
