/**
 * End to end: 一报告两审核三公示 on the real H5 build and runner (SQLite, demo seed, test mode) in
 * headless Chromium, the runner's clock moved past each notice period.
 *
 * Nomination A, from an empty draft to the conferral, entirely through the pages: the grassroots
 * cadre of 东湖公交 (基层工会干部) writes the form (an enterprise head; the signed consent uploaded),
 * records the democratic recommendation, submits, opens the unit notice, closes it once the period
 * is over and records the unit Party organization's consent (a PDF uploaded); the 东湖街道 cadre
 * (街道总工会干部) passes the preliminary review, runs the middle-tier notice, is told that the slate
 * misses its composition rule, writes the override on the slate and records the Party consent; the
 * 区市场监管局 reviewer (部门审核人) signs the consultation; the district cadre (区总工会干部) records
 * the inspection, passes the secondary review, runs the district notice, records the determination,
 * writes the district slate's override and confers the title. The model worker record carries it.
 *
 * Nominations B and C are brought to the preliminary review through the runner's HTTP API; then B
 * is returned for correction by the middle tier and corrected and resubmitted by the unit, and C is
 * replaced by the middle tier (the replacement is a new draft linked to it), through the pages.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { NominationView } from '../../shared/actions/nomination.schema';
import type { LocalApp } from '../../cloudfunctions/_local/local-app';
import { C } from '../../cloudfunctions/_platform/collections';
import { DEMO_CONSENT_PDF, DEMO_OFFICE, DEMO_ROUND_ID, demoForm } from '../../cloudfunctions/_local/nomination-demo';
import { startE2e } from './session';
import { SCREENSHOTS } from './browser';

jest.setTimeout(240_000);

const WAIT = { timeout: 30_000 };
/** Monday 2026-11-02 09:00 in Shanghai: the 2026 holiday schedule is known, so periods are computed. */
const T0 = '2026-11-02T01:00:00.000Z';
const ROUND_CHIP = '2027 2027年区级劳动模范评选';
const TITLE = '示范区劳动模范';
const G = 'demo-grassroots';
const D = 'demo-district';

/** Stage labels as the pages show them. */
const MID = '街道/地区/功能区/产业';

let app: LocalApp;
let page: Page;
let close: (() => Promise<void>) | undefined;
let dir: string;
let seq = 0;

/** A valid resident ID number (GB 11643 check character) for a birth date. */
function idNumber(birth: string, serial: string): string {
  const first = `110105${birth.replace(/-/g, '')}${serial}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return `${first}${'10X98765432'[sum % 11]}`;
}

const A = {
  name: '韩立军',
  birth: '1979-06-18',
  id: idNumber('1979-06-18', '031'),
  position: '总经理',
  shortDeeds: '带领公司完成新能源公交车全面替换，创建“安全行车积分制”，连续五年无重大责任事故。',
  longDeeds:
    '韩立军同志任东湖公交客运公司总经理以来，带领公司完成三百余辆新能源公交车的全面替换，年减少碳排放一万余吨；创建“安全行车积分制”，公司连续五年无重大责任事故，乘客满意度居全区首位。',
};

// ---------------------------------------------------------------------------------------------
// The runner: HTTP calls as a persona, the test-mode clock and scheduler

async function call<T>(fn: string, action: string, data: unknown, persona: string): Promise<T> {
  seq++;
  const res = await fetch(`${app.runner.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-laomo-persona': persona },
    body: JSON.stringify({ action, data, requestId: `e2e-nomination-${Date.now().toString(36)}-${seq}` }),
  });
  const reply = (await res.json()) as { ok: boolean; data: T; code?: string; message?: string };
  if (!reply.ok) throw new Error(`${fn}.${action}: ${reply.code} ${reply.message}`);
  return reply.data;
}

const getNomination = async (id: string) =>
  (await call<{ nomination: NominationView }>('nomination', 'getNomination', { id }, D)).nomination;

async function uploadPdf(): Promise<string> {
  const body = new FormData();
  body.append('file', new Blob([DEMO_CONSENT_PDF], { type: 'application/pdf' }), 'consent.pdf');
  const res = await fetch(`${app.runner.url}/files/upload`, { method: 'POST', body });
  return ((await res.json()) as { data: { fileId: string } }).data.fileId;
}

async function setClock(iso: string, base = app.runner.url): Promise<void> {
  const res = await fetch(`${base}/local/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: iso }),
  });
  // The settable clock runs on from the instant set.
  const now = Date.parse(((await res.json()) as { now: string }).now);
  expect(now - Date.parse(iso)).toBeGreaterThanOrEqual(0);
  expect(now - Date.parse(iso)).toBeLessThan(5_000);
}

/** Moves the clock an hour past the running notice of `id`, then runs the scheduler once (as its timer would). */
async function pastNoticeClose(id: string): Promise<void> {
  const n = await getNomination(id);
  expect(n.state.status).toBe('inNotice');
  await setClock(new Date(Date.parse(n.deadlineAt!) + 3600_000).toISOString());
  const res = await fetch(`${app.runner.url}/local/test/scheduler`, { method: 'POST' });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
}

/** A nomination of 东湖公交 brought to the preliminary review over HTTP, as the unit's cadre would. */
async function draftToPreliminary(names: { name: string; birth: string; serial: string }[]): Promise<string[]> {
  const ids: { id: string; version: number }[] = [];
  for (const { name, birth, serial } of names) {
    const form = demoForm({
      name,
      birthDate: birth,
      publicationConsent: { ...demoForm().publicationConsent!, signer: name, fileId: await uploadPdf() },
    });
    const draft = await call<{ nomination: NominationView }>(
      'nomination',
      'saveDraft',
      { roundId: DEMO_ROUND_ID, orgId: 'unit-bus', form, idNumber: idNumber(birth, serial) },
      G,
    );
    const record = { form: 'workersCongress', date: '2026-10-30', delegatesTotal: 100, present: 80, votesFor: 60 };
    let n = draft.nomination;
    n = (await call<{ nomination: NominationView }>('nomination', 'recordRecommendation', { ...ref(n), record }, G))
      .nomination;
    n = (await call<{ nomination: NominationView }>('nomination', 'submit', ref(n), G)).nomination;
    ids.push(ref(n));
  }
  const opened = await call<{ notice: { closesAt: string } }>(
    'notice',
    'openNotice',
    { roundId: DEMO_ROUND_ID, stageIndex: 1, nominations: ids, office: DEMO_OFFICE },
    G,
  );
  await setClock(new Date(Date.parse(opened.notice.closesAt) + 3600_000).toISOString());
  for (const { id } of ids) {
    let n = await getNomination(id);
    n = (await call<{ nomination: NominationView }>('nomination', 'closeNotice', ref(n), G)).nomination;
    const consent = { signer: '东湖公交客运公司党委', date: '2026-11-06', documentFileId: await uploadPdf() };
    n = (await call<{ nomination: NominationView }>('nomination', 'recordConsent', { ...ref(n), ...consent }, G))
      .nomination;
    expect(n.stage.kind).toBe('preliminaryReview');
  }
  return ids.map((x) => x.id);
}

const ref = (n: { id: string; version: number }) => ({ id: n.id, version: n.version });

// ---------------------------------------------------------------------------------------------
// The pages

/**
 * The page on top of the stack with root class `root`: Taro H5 keeps covered pages in the DOM,
 * hidden (display: none), and appends each new page, so the last visible one is on top.
 */
const at = (root: string) => page.locator(root).filter({ visible: true }).last();
const home = () => at('.cadre-home');
const list = () => at('.cadre-nominations');
const todo = () => at('.cadre-todo');
const detail = () => at('.cadre-nomination');
const editor = () => at('.cadre-nomination-edit');
const noticeOpen = () => at('.notice-open');
const slate = () => at('.cadre-slate');
const sheet = () => page.locator('.sheet').filter({ visible: true }).last();

const exact = (s: string) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);

/** Taro's H5 Input / Textarea: the native element inside the host labelled `label`. */
const field = (scope: Locator, label: string) =>
  scope
    .locator(
      `[aria-label="${label}"] input, input[aria-label="${label}"], [aria-label="${label}"] textarea, textarea[aria-label="${label}"]`,
    )
    .first();

/** A chip of the choice group labelled `group`. */
const chip = (scope: Locator, group: string, label: string) =>
  scope
    .locator(`[aria-label="${group}"] .chip, [aria-label="${group}"] .kind-chips__chip`)
    .filter({ hasText: exact(label) });

const button = (scope: Locator, label: string) => scope.locator('button, .btn').filter({ hasText: exact(label) });

const navCell = (scope: Locator | Page, title: string) =>
  scope.locator('.nav-cell').filter({ has: page.locator('.nav-cell__title', { hasText: exact(title) }) });

/** The row of the nomination of `name` in 待办 or 推荐管理. */
const row = (scope: Locator, name: string) =>
  scope.locator('.nomination-row').filter({ has: page.locator('.nomination-row__name', { hasText: exact(name) }) });

/** The refusal of going up with a composition rule unmet: the slate's organization and the rule. */
const overrideRequired = (org: string) =>
  new RegExp(`^「${org}」推荐名单的比例结构未达要求：.*一线职工.*。须先在名单页填写书面说明后方可上报$`);

/** The file's head: its name, status chip and current stage, as the cadre reads them. */
async function expectFile(name: string, stage: string, status: string): Promise<void> {
  const head = detail().locator('.cadre-nomination__head');
  await head.locator('.cadre-nomination__name', { hasText: exact(name) }).waitFor(WAIT);
  await head.locator('.status-chip', { hasText: exact(status) }).waitFor(WAIT);
  await head.getByText(`当前环节：${stage} · `).waitFor(WAIT);
}

async function timeline(): Promise<string[]> {
  return detail().locator('.nomination-timeline__action').allTextContents();
}

/** Opens an action's dialog from 可办理事项. */
async function action(label: string): Promise<Locator> {
  await button(detail().locator('.cadre-nomination__actions'), label).click();
  const s = sheet();
  await s.waitFor(WAIT);
  return s;
}

/** Sends the open dialog and waits for it to close (the action succeeded). */
async function confirm(s: Locator, label: string): Promise<void> {
  await button(s, label).click();
  await s.waitFor({ state: 'detached', ...WAIT });
}

/** A fresh load of 我的, the persona chosen there (stored on the device), and 工作台 opened. */
async function actAs(label: string, entry: '工作台' | '征求意见待办' = '工作台'): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${app.runner.url}/#/pages/me/index`);
  await page.getByText('切换演示身份').first().waitFor(WAIT);
  await page.getByText(label, { exact: true }).first().click();
  await page.locator('.persona--active', { hasText: label }).first().waitFor(WAIT);
  await navCell(page, entry).first().click();
}

async function openTodo(): Promise<void> {
  await navCell(home(), '待办').click();
  await todo().locator('.cadre-todo__summary').waitFor(WAIT);
}

/** 推荐管理, filtered to the demo round. */
async function openList(): Promise<void> {
  await navCell(home(), '推荐管理').click();
  await chip(list(), '评选', ROUND_CHIP).click();
  await list().locator('.nomination-row').first().waitFor(WAIT);
}

/** Chooses a file in the next file chooser the click opens (the page's hidden file input). */
async function upload(trigger: Locator, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger.click()]);
  await chooser.setFiles(file);
}

/**
 * A date in Taro's H5 date picker: opens it, drags each column (year, month, day) to the wanted
 * value as a finger would, waiting for each column to settle, then 确定.
 */
async function pickDate(scope: Locator, label: string, iso?: string): Promise<void> {
  await scope.locator(`[aria-label="${label}日期"]`).click();
  const overlay = page.locator('.weui-picker').filter({ visible: true });
  await overlay.waitFor(WAIT);
  if (iso) {
    const want = iso.split('-').map(Number);
    for (let column = 0; column < 3; column++) {
      const group = overlay.locator('.weui-picker__group').nth(column);
      const position = () =>
        group.evaluate((el, value) => {
          const content = el.querySelector('.weui-picker__content') as HTMLElement;
          const y = Number(/translate3d\(0(?:px)?,\s*(-?[\d.]+)px/.exec(content.style.transform)?.[1] ?? NaN);
          const items = Array.from(el.querySelectorAll('.weui-picker__item')).map((x) =>
            Number((x.textContent ?? '').replace(/\D/g, '')),
          );
          // TOP 102 px, LINE_HEIGHT 34 px (Taro's picker constants).
          return { y, index: Math.round((102 - y) / 34), target: items.indexOf(value) };
        }, want[column]!);
      const at0 = await position();
      expect(at0.target).toBeGreaterThanOrEqual(0);
      if (at0.index === at0.target) continue;
      const dy = (at0.index - at0.target) * 34;
      const settled = async (y: number) => {
        const el = await group.locator('.weui-picker__content').elementHandle();
        await page.waitForFunction(
          ([content, want]) => (content as HTMLElement).style.transform.includes(`, ${want}px`),
          [el, y] as const,
          WAIT,
        );
      };
      await group.dispatchEvent('mousedown', { clientY: 400 });
      await group.dispatchEvent('mousemove', { clientY: 400 + dy });
      await settled(at0.y + dy);
      await group.dispatchEvent('mouseup', { clientY: 400 + dy });
      await settled(102 - at0.target * 34);
    }
  }
  await overlay.locator('.weui-picker__action', { hasText: '确定' }).click();
  await overlay.waitFor({ state: 'hidden', ...WAIT });
}

/** A screenshot once the page on top has settled (slide-in done, no toast), as in the other e2e tests. */
async function shot(name: string, root: string): Promise<void> {
  await at(root).evaluate((el) => el.scrollIntoView());
  await page.waitForFunction(
    (selector) => {
      const shown = Array.from(document.querySelectorAll(selector)).filter(
        (e) => (e as HTMLElement).offsetParent !== null,
      );
      const el = shown[shown.length - 1];
      const toast = document.querySelector('.taro__toast') as HTMLElement | null;
      const toastShown = toast !== null && getComputedStyle(toast).display !== 'none' && toast.offsetParent !== null;
      return el !== undefined && Math.abs(el.getBoundingClientRect().left) < 1 && !toastShown;
    },
    root,
    WAIT,
  );
  await page.waitForTimeout(200); // the last frame of the transition
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Fills the office receiving objections on 开始公示 and publishes; back on the file, it is 公示中. */
async function publishNotice(name: string, tierStage: string): Promise<void> {
  await noticeOpen().locator('.notice-open__pick--on', { hasText: name }).waitFor(WAIT);
  await expect(noticeOpen().locator('.notice-open__section').last().textContent()).resolves.toMatch(
    /^\d{4}年\d{1,2}月\d{1,2}日（星期.）至\d{4}年\d{1,2}月\d{1,2}日（星期.），公示至最后一日24时$/,
  );
  await field(noticeOpen(), '受理机构').fill(DEMO_OFFICE.name);
  await field(noticeOpen(), '联系电话').fill(DEMO_OFFICE.phone);
  await field(noticeOpen(), '地址').fill(DEMO_OFFICE.address);
  await button(noticeOpen(), '发布公示（1名）').click();
  await noticeOpen().getByText('公示已发布').waitFor(WAIT);
  await button(noticeOpen(), '查看公示').click();
  // The public notice page (redirected to, in place of 开始公示): the nominee's public fields.
  const notice = at('.notice-page');
  await notice.locator('.notice-entry__name', { hasText: name }).waitFor(WAIT);
  await notice.getByText(`推荐称号：${TITLE}`).first().waitFor(WAIT);
  await page.goBack();
  await expectFile(name, tierStage, '公示中');
}

// ---------------------------------------------------------------------------------------------

let idA = '';
let idB = '';
let idC = '';

beforeAll(async () => {
  ({ app, page, close, dir } = await startE2e('nomination', {
    beforeBrowser: (started) => setClock(T0, started.runner.url),
  }));
  [idB, idC] = await draftToPreliminary([
    { name: '刘晓燕', birth: '1988-07-21', serial: '042' },
    { name: '马国庆', birth: '1975-10-01', serial: '013' },
  ]);
  writeFileSync(path.join(dir, '同意书.pdf'), DEMO_CONSENT_PDF);
});

afterAll(() => close?.());

const pdf = () => path.join(dir, '同意书.pdf');

describe('one nomination from draft to conferral through three tiers; one returned and resubmitted; one replaced', () => {
  it('the unit cadre writes a new nomination form in 推荐管理 and saves the draft', async () => {
    await actAs('基层工会干部');
    await openList();
    await button(list(), '新建推荐').click();
    const form = editor();
    await form.getByText('新推荐表（尚未保存到服务器）').waitFor(WAIT);

    await field(form, '姓名').fill(A.name);
    await chip(form, '性别', '男').click();
    await field(form, '民族').fill('汉族');
    await pickDate(form, '出生日期', A.birth);
    await expect(form.locator('[aria-label="出生日期日期"]').textContent()).resolves.toContain('1979');
    await button(form, '录入').click();
    await field(form, '输入身份证号').fill(A.id);
    await chip(form, '政治面貌', '中共党员').click();
    await chip(form, '学历', '大学本科').click();
    await field(form, '工作单位').fill('东湖公交客运公司');
    await field(form, '职务').fill(A.position);
    await field(form, '职称或技能等级').fill('高级经济师');
    await field(form, '行业').fill('交通运输');
    await chip(form, '身份类别（可多选）', '企业负责人').click();
    await chip(form, '身份类别（可多选）', '管理人员').click();
    await chip(form, '需征求部门意见的类别（可多选）', '企业负责人').click();
    await chip(form, '推荐荣誉称号', TITLE).click();
    await field(form, '简要事迹').fill(A.shortDeeds);
    await field(form, '详细事迹').fill(A.longDeeds);
    await form.locator('[aria-label="同意在公示中公开姓名、单位、职务、推荐称号和简要事迹"]').click();
    await form.locator('[aria-label="同意以其事迹撰写劳模故事"]').click();
    await field(form, '签字人').fill(A.name);
    await pickDate(form, '签署日期'); // today, the picker's default
    await upload(form.locator('[aria-label="同意书扫描件：上传文件"]'), pdf());
    await form.locator('.document-field__name', { hasText: '同意书.pdf' }).waitFor(WAIT);

    await button(form, '保存草稿').click();
    await form.getByText('已保存的推荐表').waitFor(WAIT);
    await shot('nomination-edit', '.cadre-nomination-edit');
    await button(form, '查看推荐详情与提交').click();
    await expectFile(A.name, '基层民主推荐', '草稿');
    idA = new URL(page.url().replace('#', '')).searchParams.get('id') ?? '';
    expect(idA).not.toBe('');
    await expect(detail().locator('.nomination-detail__row', { hasText: '身份证号' }).textContent()).resolves.toContain(
      `110***********${A.id.slice(-4)}`,
    );
    await expect(timeline()).resolves.toEqual(['创建推荐表']);
  });

  it('records the democratic recommendation, submits, and opens the unit notice', async () => {
    let s = await action('登记民主推荐');
    await field(s, '代表总数').fill('120');
    await field(s, '到会人数').fill('102');
    await field(s, '赞成票数').fill('88');
    await s.locator('.nomination-sheet__result', { hasText: '符合规定：到会人数和赞成票均达到要求' }).waitFor(WAIT);
    await confirm(s, '保存民主推荐情况');
    await detail()
      .locator('.nomination-detail__row', { hasText: '代表 120 人，到会 102 人，赞成 88 票' })
      .waitFor(WAIT);

    s = await action('提交');
    await confirm(s, '确认提交');
    await expectFile(A.name, '基层公示', '待办理');
    // A submitted form is locked: no edit any more.
    await expect(button(detail(), '编辑推荐表').count()).resolves.toBe(0);

    await button(detail().locator('.cadre-nomination__actions'), '发起公示').click();
    await publishNotice(A.name, '基层公示');
    await detail()
      .locator('.nomination-detail__row', { hasText: '基层公示' })
      .getByText(/，公示中$/)
      .waitFor(WAIT);
    await expect(timeline()).resolves.toEqual(['创建推荐表', '登记民主推荐', '提交', '开始公示']);
  });

  it('after the period, closes the unit notice (公示无异议) and records the unit Party consent', async () => {
    await pastNoticeClose(idA);
    await actAs('基层工会干部');
    await openTodo();
    await row(todo(), A.name).locator('.status-chip', { hasText: '公示中' }).waitFor(WAIT);
    await expect(row(todo(), A.name).getByText('公示期未满').count()).resolves.toBe(0);
    await row(todo(), A.name).click();
    await expectFile(A.name, '基层公示', '公示中');

    await confirm(await action('结束公示'), '确认结束公示');
    await expectFile(A.name, '基层党组织同意', '待办理');
    await detail()
      .locator('.nomination-detail__row', { hasText: '基层公示' })
      .getByText(/，公示无异议$/)
      .waitFor(WAIT);

    const s = await action('登记党组织意见');
    await field(s, '签字人').fill('东湖公交客运公司党委');
    await upload(s.locator('[aria-label="同意文件：上传文件"]'), pdf());
    await s.locator('.document-field__name', { hasText: '同意书.pdf' }).waitFor(WAIT);
    await confirm(s, '登记并进入下一环节');
    await expectFile(A.name, `${MID}初审`, '待办理');
    await detail().locator('.nomination-detail__row', { hasText: '基层党组织意见' }).waitFor(WAIT);
    await detail().getByText('当前没有需要您办理的事项').waitFor(WAIT);
  });

  it('the 东湖街道 cadre returns B for correction; the unit corrects and resubmits it', async () => {
    const B = '刘晓燕';
    await actAs('街道总工会干部');
    await openTodo();
    for (const name of [A.name, B, '马国庆']) await row(todo(), name).waitFor(WAIT);
    await row(todo(), B).click();
    await expectFile(B, `${MID}初审`, '待办理');
    const s = await action('退回补正');
    await field(s, '退回理由').fill('简要事迹缺少具体数据，请补充后重新报送');
    await confirm(s, '确认退回补正');
    await expectFile(B, '基层党组织同意', '退回补正');
    await detail().getByText('理由：简要事迹缺少具体数据，请补充后重新报送').waitFor(WAIT);

    await actAs('基层工会干部');
    await openTodo();
    await row(todo(), B).locator('.status-chip', { hasText: '退回补正' }).waitFor(WAIT);
    await row(todo(), B).click();
    await expectFile(B, '基层党组织同意', '退回补正');
    await button(detail().locator('.cadre-nomination__actions'), '编辑推荐表').click();
    await field(editor(), '简要事迹').waitFor(WAIT);
    await field(editor(), '简要事迹').fill(
      '扎根公交一线十八年，安全行车八十万公里零事故，带领线路队创建“红梅服务岗”，年服务老年乘客两万余人次。',
    );
    await button(editor(), '保存草稿').click();
    await editor().getByText('已保存的推荐表').waitFor(WAIT);
    await button(editor(), '查看推荐详情与提交').click();
    await expectFile(B, '基层党组织同意', '退回补正');
    await confirm(await action('重新提交'), '确认重新提交');
    await expectFile(B, `${MID}初审`, '待办理');
    const entries = await timeline();
    expect(entries.slice(-3)).toEqual(['退回补正', '修改推荐表', '重新提交']);
  });

  it('the 东湖街道 cadre replaces C: the replacement is a new draft linked to it', async () => {
    const C3 = '马国庆';
    await actAs('街道总工会干部');
    await openTodo();
    await row(todo(), C3).click();
    await expectFile(C3, `${MID}初审`, '待办理');
    const s = await action('替换人选');
    await field(s, '替换原因').fill('被推荐人因工作调动离开本单位，经单位研究另行推荐');
    await confirm(s, '确认替换');
    // The replacement opens: a new file at the first stage, linked to the one it replaces.
    await expectFile('（未填写姓名）', '基层民主推荐', '草稿');
    await detail().getByText(`当前环节：基层民主推荐 · ${TITLE}`).waitFor(WAIT);
    await detail().getByText('理由：被推荐人因工作调动离开本单位，经单位研究另行推荐').waitFor(WAIT);
    await detail().getByText('替换自另一份推荐，查看原推荐 ›').click();
    await expectFile(C3, `${MID}初审`, '已替换');
    await detail().getByText('已被替换，查看新人选的推荐表 ›').waitFor(WAIT);
    await expect(timeline()).resolves.toContain('替换人选');
    expect((await getNomination(idC)).replacedBy).toEqual(expect.any(String));
  });

  it('the 东湖街道 cadre passes A and runs the middle-tier notice', async () => {
    await actAs('街道总工会干部');
    await openList();
    await row(list(), A.name).click();
    await expectFile(A.name, `${MID}初审`, '待办理');
    const s = await action('审核通过');
    await field(s, '审核意见').fill('材料齐全，事迹突出，同意推荐');
    await confirm(s, '确认审核通过');
    await expectFile(A.name, `${MID}公示`, '待办理');
    await button(detail().locator('.cadre-nomination__actions'), '发起公示').click();
    await publishNotice(A.name, `${MID}公示`);
  });

  it('closes it after the period; the slate misses its composition rule, so the cadre writes the override, then records the Party consent', async () => {
    await pastNoticeClose(idA);
    await actAs('街道总工会干部');
    await openList();
    await row(list(), A.name).click();
    await confirm(await action('结束公示'), '确认结束公示');
    await expectFile(A.name, `${MID}党组织同意`, '待办理');

    const consent = async () => {
      const s = await action('登记党组织意见');
      await field(s, '签字人').fill('东湖街道党工委');
      await upload(s.locator('[aria-label="同意文件：上传文件"]'), pdf());
      await s.locator('.document-field__name', { hasText: '同意书.pdf' }).waitFor(WAIT);
      await button(s, '登记并进入下一环节').click();
      return s;
    };
    // Going up to the district with 一线职工 under 40% of 东湖's slate: refused, and told why.
    const refused = await consent();
    await refused.getByText(overrideRequired('东湖街道总工会')).first().waitFor(WAIT);
    await button(refused, '取消').click();
    await refused.waitFor({ state: 'detached', ...WAIT });

    await page.goBack();
    await button(list(), '查看推荐名单').click();
    await slate().locator('.slate__org', { hasText: '东湖街道总工会' }).waitFor(WAIT);
    const rule = slate().locator('.slate__rule', { hasText: '一线职工' });
    await rule.locator('.status-chip', { hasText: '未达到' }).waitFor(WAIT);
    await field(slate(), '书面说明').fill('本街道一线职工人选经民主推荐未获通过，经街道总工会研究，按现名单上报');
    await button(slate(), '提交书面说明').click();
    await slate().getByText('书面说明（已填写，可按现名单上报）').waitFor(WAIT);
    await shot('nomination-slate-override', '.cadre-slate');

    await page.goBack();
    await row(list(), A.name).click();
    await expectFile(A.name, `${MID}党组织同意`, '待办理');
    const accepted = await consent();
    await accepted.waitFor({ state: 'detached', ...WAIT });
    await expectFile(A.name, '区级征求意见', '征求意见中');
    await detail()
      .locator('.nomination-detail__row', { hasText: '征求意见' })
      .getByText(/须征求：区市场监管局；待签署：区市场监管局/)
      .waitFor(WAIT);
  });

  it('the 区市场监管局 reviewer signs the consultation', async () => {
    await actAs('部门审核人', '征求意见待办');
    await todo().locator('.cadre-todo__summary').waitFor(WAIT);
    await row(todo(), A.name).locator('.status-chip', { hasText: '征求意见中' }).waitFor(WAIT);
    await row(todo(), A.name).click();
    await expectFile(A.name, '区级征求意见', '征求意见中');
    const s = await action('签署部门意见');
    await chip(s, '意见', '同意').click();
    await field(s, '意见说明').fill('经查，该企业近三年无违法违规记录，同意推荐');
    await confirm(s, '签署意见');
    await expectFile(A.name, '区级复审', '待办理');
    await detail()
      .getByText(/区市场监管局：同意，经查，该企业近三年无违法违规记录，同意推荐/)
      .waitFor(WAIT);
  });

  it('the district cadre records the inspection, passes the secondary review and runs the district notice', async () => {
    await actAs('区总工会干部');
    await openTodo();
    await row(todo(), A.name).click();
    await expectFile(A.name, '区级复审', '待办理');
    let s = await action('登记考察情况');
    await field(s, '考察人员').fill('王志远、李楠');
    await field(s, '考察情况').fill('赴东湖公交客运公司实地考察，听取职工代表意见，查阅安全生产记录，事迹属实。');
    await confirm(s, '保存考察情况');
    await detail().locator('.nomination-detail__row', { hasText: '王志远、李楠' }).waitFor(WAIT);

    s = await action('审核通过');
    await field(s, '审核意见').fill('经考察，事迹属实，同意提交区级公示');
    await confirm(s, '确认审核通过');
    await expectFile(A.name, '区级公示', '待办理');
    await button(detail().locator('.cadre-nomination__actions'), '发起公示').click();
    await publishNotice(A.name, '区级公示');
  });

  it('after the period, closes it, records the determination, writes the district override and confers the title', async () => {
    await pastNoticeClose(idA);
    await actAs('区总工会干部');
    await openList();
    await row(list(), A.name).click();
    await confirm(await action('结束公示'), '确认结束公示');
    await expectFile(A.name, '区级审定', '待办理');

    let s = await action('登记审定结果');
    for (const [label, value] of [
      ['委员总数', '15'],
      ['到会委员', '13'],
      ['赞成票', '12'],
      ['反对票', '0'],
      ['弃权票', '1'],
    ] as const) {
      await field(s, label).fill(value);
    }
    await confirm(s, '登记审定结果');
    await expectFile(A.name, '区级表彰决定', '待办理');

    const confer = async () => {
      const sheetNow = await action('作出表彰决定');
      await field(sheetNow, '发文单位').fill('示范区总工会');
      await field(sheetNow, '文号').fill('示工发〔2026〕18号');
      await button(sheetNow, '确认表彰').click();
      return sheetNow;
    };
    // The district's slate goes out with 一线职工 under 40%: its own override first.
    s = await confer();
    await s.getByText(overrideRequired('示范区总工会')).first().waitFor(WAIT);
    await button(s, '取消').click();
    await s.waitFor({ state: 'detached', ...WAIT });
    await page.goBack();
    await button(list(), '查看推荐名单').click();
    await slate().locator('.slate__org', { hasText: '示范区总工会' }).waitFor(WAIT);
    await slate()
      .locator('.slate__rule', { hasText: '一线职工' })
      .locator('.status-chip', { hasText: '未达到' })
      .waitFor(WAIT);
    await field(slate(), '书面说明').fill('本届企业负责人人选经各级公示无异议，经评选委员会研究，按现名单表彰');
    await button(slate(), '提交书面说明').click();
    await slate().getByText('书面说明（已填写，可按现名单上报）').waitFor(WAIT);
    await page.goBack();
    await row(list(), A.name).click();
    await expectFile(A.name, '区级表彰决定', '待办理');
    s = await confer();
    await s.waitFor({ state: 'detached', ...WAIT });

    await expectFile(A.name, '区级表彰决定', '已表彰');
    await detail().getByText('本推荐已在「区级表彰决定」环节结束（已表彰），无需再办理。').waitFor(WAIT);
    await detail().locator('.nomination-detail__row', { hasText: '示范区总工会 示工发〔2026〕18号' }).waitFor(WAIT);
    for (const tier of ['基层', MID, '区级']) {
      await detail()
        .locator('.nomination-detail__row', { hasText: `${tier}公示` })
        .getByText(/，公示无异议$/)
        .first()
        .waitFor(WAIT);
    }
    await expect(timeline()).resolves.toEqual([
      '创建推荐表',
      '登记民主推荐',
      '提交',
      '开始公示',
      '结束公示',
      '登记党组织意见',
      '审核通过',
      '开始公示',
      '结束公示',
      '登记党组织意见',
      '部门签署意见',
      '登记考察情况',
      '审核通过',
      '开始公示',
      '结束公示',
      '登记审定结果',
      '作出表彰决定',
    ]);
    await shot('nomination-conferred', '.cadre-nomination');

    // The model worker record (no page shows it yet): created with the honour.
    const conferred = await getNomination(idA);
    expect(conferred.state.status).toBe('conferred');
    const worker = await app.ports.store.get<{
      id: string;
      version: number;
      name: string;
      honors: Record<string, unknown>[];
    }>(C.modelWorkers, conferred.conferral!.modelWorkerId);
    expect(worker?.name).toBe(A.name);
    expect(worker?.honors).toEqual([
      expect.objectContaining({
        title: TITLE,
        level: 'district',
        year: 2027,
        issuer: '示范区总工会',
        documentNumber: '示工发〔2026〕18号',
        roundId: DEMO_ROUND_ID,
        nominationId: idA,
      }),
    ]);
    // B is back at the preliminary review, C replaced.
    expect((await getNomination(idB)).stage.kind).toBe('preliminaryReview');
    expect((await getNomination(idC)).state.status).toBe('replaced');
  });
});
