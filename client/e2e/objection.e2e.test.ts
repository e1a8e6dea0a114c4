/**
 * End to end: an objection (异议) on the open district notice, on the real H5 build and runner
 * (SQLite, demo seed with `notice-demo-district`, test mode) in headless Chromium.
 *
 * A member of the public (公众（游客）) opens the 公示 tab and the district notice (no phone number on
 * it but the office's), taps 「我要提出异议」 for 孙雅琴 and files a real-name objection with a
 * picture uploaded through the page's picker, and reads the case number. A district cadre
 * (区总工会干部) finds the case in 工作台 → 异议办理, reads the objector's identity (the audited
 * reading), assigns it (→ 核查中), adds a note and concludes it 不属实 with a reply; the objector
 * reads the finding and the reply in 我的 → 我的异议.
 *
 * Then the clock moves past the notice's close (test mode) and the scheduler settles it. The demo
 * round takes late objections until the conferral, so an objection filed from a form opened during
 * the period is accepted and flagged 逾期; once the district cadre amends the round to take no late
 * objections (the real `nomination.amendRound`, as the round form has no field for it), a filing is
 * refused with 「公示期已结束，不再受理异议」 in the form. The closed notice shows the final list
 * only, and its poster renders with its QR code (the SVG served is the QR code of the notice's H5
 * address).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { toString as qrString } from 'qrcode';
import type { LocalApp } from '../../cloudfunctions/_local/local-app';
import { startE2e } from './session';
import { SCREENSHOTS } from './browser';

jest.setTimeout(120_000);

const WAIT = { timeout: 20_000 };
const NOTICE_ID = 'notice-demo-district';
const NOTICE_TITLE = '2027年区级劳动模范评选推荐人选公示';
const OFFICE_PHONE = '010-12345678';
/** The objector (invented). */
const OBJECTOR = '林晓雯';
const OBJECTOR_PHONE = '13900001111';
const FACTS = '申报材料称孙雅琴同志创设“阅读种子”课程，据我了解该课程最初由学校另一位语文教师在2018年提出并组织实施。';
const LEADS = '可调阅西山实验小学教务处2018年至2019年的课程立项档案。';
const REPLY =
  '经调阅西山实验小学课程立项档案并走访教务处，“阅读种子”课程由孙雅琴同志于2018年牵头申报并组织实施，异议反映的情况不属实。感谢您对评选工作的监督。';

let app: LocalApp;
let page: Page;
let close: (() => Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
  ({ app, page, close, dir } = await startE2e('objection'));
});

afterAll(() => close?.());

/** A real PNG (a grey 4:3 "photo of a document" with darker text lines), in the test's own folder. */
function evidencePng(): string {
  const [w, h] = [240, 180];
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const line = y % 20 < 4 && x > 20 && x < 220;
      row.set(line ? [60, 60, 60] : [235, 235, 230], 1 + x * 3);
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
  ihdr.set([8, 2, 0, 0, 0], 8);
  const file = path.join(dir, '证据.png');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.concat(rows))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
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

const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();

/**
 * Taro H5 keeps hidden pages in the DOM (a `page.goto` to another hash route pushes a second copy
 * of a page): every locator is scoped to its page's visible root.
 */
const notices = () => page.locator('.notices-page:visible');
const detail = () => page.locator('.notice-page:visible');
const form = () => page.locator('.objection-page:visible');
const home = () => page.locator('.cadre-home:visible');
const cases = () => page.locator('.cadre-objections:visible');
const caseAdmin = () => page.locator('.objection-case-admin:visible');
const mine = () => page.locator('.my-objections:visible');
const myCase = () => page.locator('.objection-case:visible');
const poster = () => page.locator('.poster-page:visible');

async function persona(label: string): Promise<void> {
  await page.goto(`${app.runner.url}/#/pages/me/index`);
  await page.getByText('切换演示身份').first().waitFor(WAIT);
  await page.getByText(label, { exact: true }).first().click();
  await page.locator('.persona--active', { hasText: label }).first().waitFor(WAIT);
}

/**
 * Opens `url` as a fresh load. Taro's H5 router answers a hash change to a route already in its
 * stack by showing that (stale) page again; a reload starts the app on `url` alone.
 */
async function openFresh(url: string): Promise<void> {
  await page.goto(url);
  await page.reload();
}

/** One action through the runner as `openid` (what the H5 transport sends). */
async function call<T>(fn: string, action: string, data: unknown, openid?: string): Promise<T> {
  const res = await fetch(`${app.runner.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-laomo-persona': openid } : {}) },
    body: JSON.stringify({ action, data, requestId: `e2e${Date.now().toString(36)}${action}` }),
  });
  const reply = (await res.json()) as { ok: boolean; data?: T; code?: string; message?: string };
  if (!reply.ok) throw new Error(`${fn}.${action}: ${reply.code} ${reply.message}`);
  return reply.data as T;
}

async function testClock(now: string): Promise<void> {
  const res = await fetch(`${app.runner.url}/local/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now }),
  });
  expect(await res.json()).toEqual({ ok: true, now: new Date(now).toISOString() });
}

/**
 * Phone-like numbers in a page's text: mobiles (1xxxxxxxxxx, optionally +86) and landlines
 * (0xx-xxxxxxxx). The public notice may show only the office's.
 */
async function phonesIn(scope: Locator): Promise<string[]> {
  const all = (await scope.textContent()) ?? '';
  return [...all.matchAll(/(?:\+?86[- ]?)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}/g)].map((m) => m[0]);
}

/** Fills the objection form as a person: name, phone, facts, leads. */
async function fillForm(facts: string): Promise<void> {
  await form().locator('.objection-page__card').waitFor(WAIT);
  await field(form(), '真实姓名').fill(OBJECTOR);
  await field(form(), '手机号').fill(OBJECTOR_PHONE);
  await field(form(), '异议事实').fill(facts);
  await field(form(), '核查线索').fill(LEADS);
}

const submit = () => form().locator('.objection-page__card').getByText('提交异议', { exact: true }).click();

/** The objection form of 孙雅琴, as opened from the notice during the period. */
let formUrl = '';

describe('an objection on the open district notice, from filing to the reply', () => {
  let caseNo = '';

  it('a member of the public opens 公示 → the district notice: the nominees, the office, no other phone', async () => {
    await persona('公众（游客）');
    await page.locator('.weui-tabbar__item', { hasText: '公示' }).click();
    const row = notices().locator('.notice-row', { hasText: NOTICE_TITLE });
    await row.waitFor(WAIT);
    await expect(text(row)).resolves.toContain('公示人选 2 名');
    await row.click();

    await detail().locator('.notice-head__title', { hasText: NOTICE_TITLE }).waitFor(WAIT);
    await expect(text(detail().locator('.notice-head .status-chip'))).resolves.toBe('公示中');
    await expect(detail().locator('.notice-entry__name').allTextContents()).resolves.toEqual([
      '1. 孙雅琴',
      '2. 周启航',
    ]);
    await expect(text(detail().locator('.notice-office__phone'))).resolves.toBe(`电话：${OFFICE_PHONE}`);
    await expect(phonesIn(detail())).resolves.toEqual([OFFICE_PHONE]);
    // Public fields only: no birth date, no ID number.
    await expect(text(detail())).resolves.not.toMatch(/\d{17}[\dXx]|1978-06-05|出生/);
    await expect(detail().getByText('我要提出异议', { exact: true }).count()).resolves.toBe(2);
    await shot('notice-open', '.notice-page');
  });

  it('taps 「我要提出异议」 for 孙雅琴 and files a real-name objection with a picture: the case number', async () => {
    await detail().locator('.notice-entry', { hasText: '孙雅琴' }).getByText('我要提出异议', { exact: true }).click();
    await fillForm(FACTS);
    formUrl = page.url();
    expect(formUrl).toContain(`noticeId=${NOTICE_ID}`);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      form().locator('.evidence-field').getByText('添加图片', { exact: true }).click(),
    ]);
    await chooser.setFiles(evidencePng());
    await form().locator('.evidence-field [aria-label="证据图片 1"]').first().waitFor(WAIT);
    await form().locator('.evidence-field .field__label', { hasText: '证据图片（选填，1/9）' }).waitFor(WAIT);

    await submit();
    const shown = form().locator('.objection-page__case');
    await shown.waitFor(WAIT);
    const m = /^案件编号：(YY-\d{4}-[A-Z0-9]+)$/.exec(await text(shown));
    expect(m).not.toBeNull();
    caseNo = m![1]!;
    await expect(text(form().locator('.objection-page__done'))).resolves.toContain(
      '受理机构将在规定期限内核查并答复。',
    );
    await shot('objection-filed', '.objection-page');
  });

  it('the notice still shows no phone number but the office’s after the filing', async () => {
    await page.goBack();
    await detail().locator('.notice-head__title', { hasText: NOTICE_TITLE }).waitFor(WAIT);
    await page.reload();
    await detail().locator('.notice-head__title', { hasText: NOTICE_TITLE }).waitFor(WAIT);
    await expect(phonesIn(detail())).resolves.toEqual([OFFICE_PHONE]);
    await expect(text(detail())).resolves.not.toContain(OBJECTOR);
  });

  it('a district cadre finds the case in 工作台 → 异议办理 and reads the objector (an audited reading)', async () => {
    await persona('区总工会干部');
    await page.locator('.nav-cell', { hasText: '工作台' }).first().click();
    await home().locator('.nav-cell', { hasText: '异议办理' }).first().click();
    const row = cases().locator('.objection-row', { hasText: caseNo });
    await row.waitFor(WAIT);
    await expect(text(row)).resolves.toContain('对「孙雅琴」的异议');
    await expect(text(row.locator('.status-chip').first())).resolves.toBe('已受理');
    // The list never shows who objected.
    await expect(text(cases())).resolves.not.toContain(OBJECTOR);
    await row.click();

    await caseAdmin().locator('.objection-case-admin__title', { hasText: '对「孙雅琴」的异议' }).waitFor(WAIT);
    await expect(text(caseAdmin().locator('[aria-label="异议事实"]'))).resolves.toContain(FACTS);
    // The evidence picture the objector uploaded, served and decoded.
    const img = caseAdmin().locator('.objection-case-admin__img img').first();
    await img.waitFor({ state: 'attached', ...WAIT });
    await page.waitForFunction(
      () => {
        const el = document.querySelector(
          '.objection-case-admin .objection-case-admin__img img',
        ) as HTMLImageElement | null;
        return el !== null && el.complete && el.naturalWidth > 0;
      },
      undefined,
      WAIT,
    );
    await expect(text(caseAdmin())).resolves.not.toContain(OBJECTOR_PHONE);

    const identity = caseAdmin().locator('[aria-label="异议人"]');
    await identity.getByText('查看异议人信息', { exact: true }).click();
    await identity.getByText(`姓名：${OBJECTOR}`).waitFor(WAIT);
    await expect(identity.getByText(`电话：${OBJECTOR_PHONE}`).isVisible()).resolves.toBe(true);
    await expect(identity.getByText('本次查看已记入审计记录', { exact: false }).isVisible()).resolves.toBe(true);
    // The reading is in the identity's audit chain, by the district cadre.
    const id = new URL(page.url().replace('/#/', '/')).searchParams.get('id');
    const chain = await app.ports.store.find<{ id: string; version: number; action: string; actor: string }>('audit', {
      where: { recordKey: `objectorIdentities/${id}` },
      limit: 10,
    });
    expect(chain.items.map((e) => [e.action, e.actor])).toContainEqual(['objectorIdentity.read', 'demo-district']);
  });

  it('assigns it (→ 核查中), adds a note and concludes it 不属实 with a reply', async () => {
    const handling = caseAdmin().locator('[aria-label="承办"]');
    await field(handling, '承办人').fill('陈静');
    await handling.getByText('指派并开始核查', { exact: true }).click();
    await caseAdmin().locator('.objection-case-admin__head .status-chip', { hasText: '核查中' }).waitFor(WAIT);
    await handling.getByText('更换承办人', { exact: true }).waitFor(WAIT);

    const notes = caseAdmin().locator('[aria-label="核查记录（内部）"]');
    await field(notes, '新记录').fill('已调阅2018年课程立项档案，并约谈教务处主任。');
    await notes.getByText('添加记录', { exact: true }).click();
    await notes.locator('.objection-case-admin__note', { hasText: '已调阅2018年课程立项档案' }).waitFor(WAIT);

    const conclusion = caseAdmin().locator('[aria-label="办结答复"]');
    await conclusion.locator('.chip', { hasText: /^不属实$/ }).click();
    await field(conclusion, '答复异议人').fill(REPLY);
    await conclusion.getByText('办结', { exact: true }).click();
    const sheet = caseAdmin().locator('.sheet');
    await sheet.getByText('核查结论：不属实。办结后不能修改。').waitFor(WAIT);
    await sheet.getByText('确认办结', { exact: true }).click();

    const result = caseAdmin().locator('[aria-label="办理结果"]');
    await result.locator('.objection-case-admin__finding', { hasText: '不属实' }).waitFor(WAIT);
    await expect(text(result)).resolves.toContain(REPLY);
    await expect(text(caseAdmin().locator('.objection-case-admin__head .status-chip'))).resolves.toBe('已办结');
    // Concluded: the identity is sealed, readable again only through an audited unseal with a reason.
    await caseAdmin().locator('[aria-label="异议人"]', { hasText: '已封存' }).waitFor(WAIT);
    await expect(
      caseAdmin().locator('[aria-label="异议人"]').getByText(`电话：${OBJECTOR_PHONE}`).count(),
    ).resolves.toBe(0);
    await shot('objection-concluded', '.objection-case-admin');
  });

  it('the objector reads the finding and the reply in 我的 → 我的异议', async () => {
    await persona('公众（游客）');
    await page.locator('.nav-cell', { hasText: '我的异议' }).first().click();
    const row = mine().locator('.my-objections__row', { hasText: caseNo });
    await row.waitFor(WAIT);
    await expect(text(row)).resolves.toContain('核查结论：不属实');
    await expect(text(row.locator('.status-chip'))).resolves.toBe('已办结');
    await row.click();

    const result = myCase().locator('[aria-label="办理结果"]');
    await result.locator('.objection-case__finding', { hasText: '不属实' }).waitFor(WAIT);
    await expect(text(result.locator('.objection-case__text'))).resolves.toBe(REPLY);
    await expect(text(myCase().locator('.objection-case__head .status-chip'))).resolves.toBe('已办结');
    await expect(text(myCase())).resolves.toContain(FACTS);
    await shot('objection-reply', '.objection-case');
  });
});

describe('after the period', () => {
  let closesAt = '';

  it('a form opened during the period, sent after the close, is accepted as a late objection', async () => {
    const { notice } = await call<{ notice: { closesAt: string; status: string } }>('notice', 'getNotice', {
      id: NOTICE_ID,
    });
    expect(notice.status).toBe('open');
    closesAt = notice.closesAt;

    await page.goto(`${app.runner.url}/#/public/pages/notice/index?id=${NOTICE_ID}`);
    await detail().locator('.notice-entry', { hasText: '周启航' }).getByText('我要提出异议', { exact: true }).click();
    await fillForm('申报材料所列六项发明专利中，有两项的第一发明人并非周启航本人，而是研发中心的其他工程师。');

    // The period ends while the form is open; the scheduler settles the notice (once).
    await testClock(new Date(Date.parse(closesAt) + 2 * 3600_000).toISOString());
    const res = await fetch(`${app.runner.url}/local/test/scheduler`, { method: 'POST' });
    const { reports } = (await res.json()) as { reports: { job: string; changed: number }[] };
    expect(reports.find((r) => r.job === 'settleNotices')).toEqual({ job: 'settleNotices', changed: 1 });
    expect(reports.filter((r) => r.changed < 0)).toEqual([]);

    await submit();
    await form().locator('.objection-page__case').waitFor(WAIT);
    await expect(text(form().locator('.objection-page__done'))).resolves.toContain(
      '公示期已结束，您的异议作为逾期异议受理，在表彰决定前办理。',
    );
    const lateNo = /(YY-\d{4}-[A-Z0-9]+)/.exec(await text(form().locator('.objection-page__case')))![1]!;

    await form().getByText('我的异议', { exact: true }).click();
    const row = mine().locator('.my-objections__row', { hasText: lateNo });
    await row.waitFor(WAIT);
    await expect(text(row)).resolves.toContain('逾期受理');
  });

  it('once the round takes no late objections, a filing after the close is refused in the form', async () => {
    // The district cadre amends the frozen round (an audited amendment with a reason).
    const { round } = await call<{ round: { id: string; version: number; config: Record<string, unknown> } }>(
      'nomination',
      'getRound',
      { id: 'round-2027' },
      'demo-district',
    );
    const amended = await call<{ round: { amendments: { fields: string[] }[] } }>(
      'nomination',
      'amendRound',
      {
        id: round.id,
        version: round.version,
        config: {
          ...round.config,
          objectionPolicy: { anonymousAllowed: false, lateObjectionsUntilConferral: false },
        },
        reason: '公示期满后不再受理逾期异议，相关情况请来信来访反映',
      },
      'demo-district',
    );
    expect(amended.round.amendments.at(-1)!.fields).toEqual(['objectionPolicy']);

    await openFresh(formUrl);
    await fillForm(FACTS);
    await submit();
    await form().locator('.sheet__error', { hasText: '公示期已结束，不再受理异议' }).first().waitFor(WAIT);
    await expect(form().locator('.objection-page__case').count()).resolves.toBe(0);
    await expect(form().getByText('提交异议', { exact: true }).isVisible()).resolves.toBe(true);
    await shot('objection-refused', '.objection-page');
  });

  it('the closed notice shows only the final list, and no phone number but the office’s', async () => {
    await openFresh(`${app.runner.url}/#/public/pages/notice/index?id=${NOTICE_ID}`);
    await detail().locator('.notice-head .status-chip', { hasText: '公示已结束' }).waitFor(WAIT);
    await detail().getByText('公示期已结束，以下为最终名单。').waitFor(WAIT);
    await expect(detail().getByText('我要提出异议', { exact: true }).count()).resolves.toBe(0);
    // The round was amended to take no late objections: the closed notice no longer offers them.
    await expect(detail().getByText('提出异议（逾期受理）', { exact: true }).count()).resolves.toBe(0);
    await expect(detail().locator('.notice-entry__deeds').count()).resolves.toBe(0);
    const phones = await phonesIn(detail());
    expect(phones.filter((p) => p !== OFFICE_PHONE)).toEqual([]);
  });

  it('the poster renders with its code: the image loads, and it is the QR code of the notice’s H5 page', async () => {
    await detail().getByText('公示海报', { exact: true }).click();
    await poster().locator('.poster__title', { hasText: NOTICE_TITLE }).waitFor(WAIT);
    await poster()
      .locator('.poster__office', { hasText: `电话：${OFFICE_PHONE}` })
      .waitFor(WAIT);
    await page.waitForFunction(
      () => {
        const el = document.querySelector('.poster-page .poster__code-img img') as HTMLImageElement | null;
        return el !== null && el.complete && el.naturalWidth > 0;
      },
      undefined,
      WAIT,
    );
    const src = await poster().locator('.poster__code-img img').getAttribute('src');
    expect(src).toMatch(/\/files\/files\/code-notice-demo-district\.svg$/);
    const served = await fetch(new URL(src!, app.runner.url));
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await served.text();
    expect(svg).toMatch(/<svg[^>]*>[\s\S]*<path[^>]* d="M[^"]+"/);
    // No QR decoder here: the served SVG is exactly the QR code of the notice's H5 address (the
    // runner's own address, the hash route and the notice id).
    const origin = process.env.LAOMO_PUBLIC_URL ?? app.runner.url;
    const h5 = `${origin.replace(/\/+$/, '')}/#/public/pages/notice/index?id=${NOTICE_ID}`;
    expect(svg).toBe(await qrString(h5, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }));
    expect(svg).not.toBe(await qrString(`${h5}x`, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }));
    const phones = await phonesIn(poster());
    expect(phones.filter((p) => p !== OFFICE_PHONE)).toEqual([]);
    await shot('notice-poster', '.poster-page');
    // The sheet is A4 wide: on a phone the code scrolls into view (to scan it from the screen).
    const code = poster().locator('.poster__code-img');
    await code.scrollIntoViewIfNeeded();
    const box = (await code.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.width).toBeGreaterThan(50);
    expect(box.x >= 0 && box.y >= 0).toBe(true);
    expect(box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'notice-poster-code.png') });
  });
});
