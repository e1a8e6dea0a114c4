/**
 * setData bytes of a keystroke in the objection form (提出异议, `public/pages/objection/index`) on the
 * REAL weapp build (miniprogram-simulate): the page as a member of the public opens it from a notice,
 * then one more character typed into 异议事实. Budget (issue 6): a keystroke ≤ 2 KB. `npm run bench`
 * runs this file with `LAOMO_BENCH_OUT` to collect the figures.
 */
import { measure, reportToBench, settled, type Measured } from './test/setdata-bench';
import { loadWeappPage, type WeappPage } from './test/weapp-harness';

const KEYSTROKE_BUDGET_BYTES = 2 * 1024;
const PAGE = 'public/pages/objection/index';
const TYPED = '该同志申报材料中所列的技术革新成果';

let page: WeappPage;
const figures: Record<string, Measured> = {};

/** The facts textarea (the first multiline field of a person's form: name, phone, facts, leads). */
function factsField(): Element {
  const fields = page.queryAll('.field__textarea');
  if (!fields[0]) throw new Error(`no textarea rendered: ${page.text().slice(0, 400)}`);
  return fields[0];
}

beforeAll(async () => {
  page = await loadWeappPage(PAGE, {
    query: { noticeId: 'notice-1', nominationId: 'nomination-1' },
    // The form calls nothing until it is submitted.
    callFunction: () => ({ ok: false, code: 'NOT_FOUND', message: '未找到' }),
  });
  await page.waitFor('.field__textarea');
  await settled(page);
  figures.firstRender = measure(page);

  // The first keystroke also marks the field touched; the one measured is the next, as typing goes on.
  let before = page.setDataCalls.length;
  page.input(factsField(), TYPED.slice(0, TYPED.length - 1));
  await settled(page);
  figures.firstKeystroke = measure(page, before);

  before = page.setDataCalls.length;
  page.input(factsField(), TYPED);
  await page.waitFor(() => page.text().includes(`${[...TYPED].length}/2000`));
  await settled(page);
  figures.keystroke = measure(page, before);
  reportToBench('objection', figures);
});

describe('setData bytes of the objection form in the weapp build', () => {
  test('typing into 异议事实 updates its counter', () => {
    expect(page.text()).toContain(`${[...TYPED].length}/2000`);
  });

  test(`a keystroke stays under ${KEYSTROKE_BUDGET_BYTES / 1024} KB`, () => {
    expect(figures.keystroke!.calls).toBeGreaterThan(0);
    expect(figures.keystroke!.bytes).toBeLessThanOrEqual(KEYSTROKE_BUDGET_BYTES);
  });
});
