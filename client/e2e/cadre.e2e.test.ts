/**
 * End to end: the cadre workspace on the real H5 build and runner (SQLite, demo seed) in headless
 * Chromium. A district cadre opens 工作台 → 组织管理, adds a grassroots union under 东湖街道总工会,
 * renames it, imports another from a spreadsheet, invites a cadre for the new union; a member of
 * the public redeems the code and holds the new grant.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { LocalApp } from '../../cloudfunctions/_local/local-app';
import { startE2e } from './session';
import { SCREENSHOTS } from './browser';

jest.setTimeout(60_000);

const WAIT = { timeout: 20_000 };
let app: LocalApp;
let page: Page;
let close: (() => Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
  ({ app, page, close, dir } = await startE2e('cadre'));
});

afterAll(() => close?.());

/**
 * A screenshot once the page has settled: its slide-in transition done (its root at the left edge)
 * and no toast showing.
 */
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
  await page.waitForTimeout(200); // the last frame of the transition
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Taro's H5 Input / Textarea: the native element inside the host labelled `label`. */
const field = (scope: Locator, label: string) =>
  scope
    .locator(
      `[aria-label="${label}"] input, input[aria-label="${label}"], [aria-label="${label}"] textarea, textarea[aria-label="${label}"]`,
    )
    .first();

/** An .xlsx with the template's header row and `rows` (名称, 类型, 上级组织). */
async function spreadsheet(name: string, rows: string[][]): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('组织');
  sheet.addRow(['名称', '类型', '上级组织']);
  for (const row of rows) sheet.addRow(row);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** Taro H5 keeps hidden pages in the DOM: every locator is scoped to its page's root class. */
const home = () => page.locator('.cadre-home');
const orgs = () => page.locator('.cadre-orgs');
const invite = () => page.locator('.cadre-invite');

describe('a district cadre maintains the tree and invites a cadre', () => {
  let code = '';

  it('opens 工作台 from 我的 after switching persona to 区总工会干部', async () => {
    await page.goto(`${app.runner.url}/#/pages/me/index`);
    await page.getByText('切换演示身份').first().waitFor(WAIT);
    await page.getByText('区总工会干部', { exact: true }).first().click();
    await page.locator('.nav-cell', { hasText: '工作台' }).first().click();
    await home().locator('.cadre-grant__org', { hasText: '示范区总工会' }).waitFor(WAIT);
    await expect(home().locator('.nav-cell', { hasText: '组织管理' }).isVisible()).resolves.toBe(true);
    await expect(home().locator('.nav-cell', { hasText: '邀请与授权' }).isVisible()).resolves.toBe(true);
    await expect(home().locator('.nav-cell', { hasText: '待办' }).first().isVisible()).resolves.toBe(true);
    await expect(home().locator('.nav-cell', { hasText: '推荐管理' }).isVisible()).resolves.toBe(true);
    await shot('cadre-home', '.cadre-home');
  });

  it('adds a grassroots union under 东湖街道总工会 and renames it', async () => {
    await home().locator('.nav-cell', { hasText: '组织管理' }).click();
    await orgs().locator('.org-row__name', { hasText: '东湖街道总工会' }).click();
    await orgs().locator('.org-trail__current', { hasText: '东湖街道总工会' }).waitFor(WAIT);
    await orgs().locator('.org-row__name', { hasText: '东湖公交客运公司工会' }).waitFor(WAIT);

    await orgs().getByText('新增下级组织').click();
    await field(orgs(), '组织名称').fill('东湖物流园工会');
    await orgs().getByText('确认新增').click();
    const added = orgs().locator('.org-row', { hasText: '东湖物流园工会' });
    await added.waitFor(WAIT);

    await added.locator('.org-action', { hasText: '更名' }).click();
    await field(orgs(), '新名称').fill('东湖智慧物流园工会');
    await field(orgs(), '更名原因').fill('园区更名，依据街道批复');
    await orgs().getByText('确认更名').click();
    await orgs().locator('.org-row__name', { hasText: '东湖智慧物流园工会' }).waitFor(WAIT);
    await expect(orgs().locator('.sheet').count()).resolves.toBe(0);
    await shot('cadre-orgs', '.cadre-orgs');
  });

  it('imports from a spreadsheet: a bad row refuses the file, a good file imports', async () => {
    const bad = await spreadsheet('bad.xlsx', [
      ['东湖冷链仓储工会', '基层工会', '东湖街道总工会'],
      ['东湖茶厂工会', '街道', '东湖街道总工会'],
    ]);
    await orgs().getByText('从表格导入').click();
    await orgs().getByText('下载模板说明').waitFor(WAIT);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      orgs().getByText('选择 .xlsx 文件').click(),
    ]);
    await chooser.setFiles(bad);
    await orgs()
      .locator('.import-error__row', { hasText: /^第 3 行：类型“街道”无效/ })
      .waitFor(WAIT);

    const good = await spreadsheet('good.xlsx', [['东湖冷链仓储工会', '基层工会', '东湖街道总工会']]);
    const [again] = await Promise.all([page.waitForEvent('filechooser'), orgs().getByText('重新选择文件').click()]);
    await again.setFiles(good);
    await orgs().getByText('导入 1 个组织').waitFor(WAIT);
    await orgs().locator('.sheet__close').click();
    await orgs().locator('.org-row__name', { hasText: '东湖冷链仓储工会' }).waitFor(WAIT);
  });

  it('creates a cadre invitation for the new union', async () => {
    await page.goBack();
    await home().locator('.nav-cell', { hasText: '邀请与授权' }).click();
    await invite().locator('.pick-field', { hasText: '的下级中选择' }).click();
    const picker = invite().locator('.sheet');
    await picker.locator('.org-row__name', { hasText: '东湖街道总工会' }).click();
    await picker
      .locator('.org-row', { hasText: '东湖智慧物流园工会' })
      .locator('.org-action', { hasText: '选择' })
      .click();
    await invite().locator('.pick-field__value', { hasText: '东湖智慧物流园工会' }).waitFor(WAIT);
    await invite().locator('.chip', { hasText: '推荐审核' }).click();
    await invite().locator('.chip', { hasText: '3 天' }).click();
    await invite().getByText('生成邀请码').click();

    const shown = invite().locator('.invite-result__code');
    await shown.waitFor(WAIT);
    code = ((await shown.textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-?[A-Z0-9]{4}-?[A-Z0-9]{4}$/);
    await expect(
      invite()
        .getByText(/^有效期至 \d{4}年/)
        .isVisible(),
    ).resolves.toBe(true);
    await shot('cadre-invite', '.cadre-invite');
  });

  it('as 公众（游客）, redeems the code in 我的 and holds the new grant', async () => {
    await page.goto(`${app.runner.url}/#/pages/me/index`);
    await page.getByText('公众（游客）', { exact: true }).first().click();
    await page.locator('.profile__hint').first().waitFor(WAIT); // no grants yet
    await field(page.locator('.redeem-form'), '邀请码').fill(code);
    await page.getByText('兑换', { exact: true }).first().click();
    await page.getByText('兑换成功：您已成为 东湖智慧物流园工会 的工会干部').first().waitFor(WAIT);
    await page.locator('.profile__org', { hasText: '东湖智慧物流园工会' }).first().waitFor(WAIT);
    await expect(page.locator('.profile__cap', { hasText: '推荐审核' }).first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.nav-cell', { hasText: '工作台' }).first().isVisible()).resolves.toBe(true);
  });
});
