/**
 * The home page of the REAL weapp build when `content.home` fails: the Chinese message and one
 * retry control; tapping 重试 calls again and shows the stories. (A separate file: one page per file.)
 */
import { homeReply, isHome, SEEDED_STORIES } from './test/weapp-fixtures';
import { loadWeappPage, type WeappPage } from './test/weapp-harness';

// Loading the build (wcc compiles base.wxml) takes seconds on a busy 2-core machine; jest's 5 s default is too tight.
jest.setTimeout(30_000);

const MESSAGE = '服务暂时不可用，请稍后重试';

let page: WeappPage;
let failing = true;

beforeAll(async () => {
  page = await loadWeappPage('pages/index/index', {
    callFunction: (call) => {
      if (!isHome(call)) return { ok: false, code: 'NOT_FOUND', message: '未找到' };
      return failing ? { ok: false, code: 'INTERNAL', message: MESSAGE } : homeReply();
    },
  });
  await page.waitFor('.error-state');
});

describe('首页 (pages/index/index) in the weapp build, when the content function fails', () => {
  test('shows the Chinese error and a retry control, and no cards', () => {
    expect(page.queryAll('.error-state__message').map((el) => el.textContent)).toEqual([MESSAGE]);
    expect(page.text()).toContain('加载失败');
    expect(page.root.dom.innerHTML).toContain(MESSAGE);
    const retry = page.queryAll('.error-state__retry');
    expect(retry).toHaveLength(1);
    expect(retry[0]!.textContent?.trim()).toBe('重试');
    expect(page.queryAll('.story-card')).toHaveLength(0);
    expect(page.cloudCalls).toEqual([{ name: 'content', data: { action: 'home', data: {} } }]);
    // Nothing of the campaign or the events without a reply: the usual header holds the top.
    expect(page.queryAll('.campaign')).toHaveLength(0);
    expect(page.queryAll('.home-header')).toHaveLength(1);
  });

  test('重试 calls the function again and shows the stories', async () => {
    failing = false;
    page.tap(page.queryAll('.error-state__retry')[0]!);
    await page.waitFor(() => page.queryAll('.story-card__title').length === SEEDED_STORIES.length);
    expect(page.cloudCalls).toHaveLength(2);
    expect(page.cloudCalls[1]!.data.action).toBe('home');
    expect(page.queryAll('.error-state')).toHaveLength(0);
    expect(page.text()).toContain(SEEDED_STORIES[0]!.title);
    expect(page.queryAll('.campaign__theme')).toHaveLength(1);
  });
});
