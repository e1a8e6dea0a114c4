/**
 * The home page of the REAL weapp build when `content.listStories` fails: the Chinese message and a
 * retry control; tapping 重试 calls again and shows the stories. (A separate file: one page per file.)
 */
import { isListStories, listStoriesReply, SEEDED_STORIES } from './test/weapp-fixtures';
import { loadWeappPage, type WeappPage } from './test/weapp-harness';

const MESSAGE = '服务暂时不可用，请稍后重试';

let page: WeappPage;
let failing = true;

beforeAll(async () => {
  page = await loadWeappPage('pages/index/index', {
    callFunction: (call) => {
      if (!isListStories(call)) return { ok: false, code: 'NOT_FOUND', message: '未找到' };
      return failing ? { ok: false, code: 'INTERNAL', message: MESSAGE } : listStoriesReply();
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
    expect(page.cloudCalls).toEqual([
      { name: 'content', data: { action: 'listStories', data: expect.objectContaining({ limit: 10 }) } },
    ]);
  });

  test('重试 calls the function again and shows the stories', async () => {
    failing = false;
    page.tap(page.queryAll('.error-state__retry')[0]!);
    await page.waitFor(() => page.queryAll('.story-card__title').length === SEEDED_STORIES.length);
    expect(page.cloudCalls).toHaveLength(2);
    expect(page.cloudCalls[1]!.data.action).toBe('listStories');
    expect(page.queryAll('.error-state')).toHaveLength(0);
    expect(page.text()).toContain(SEEDED_STORIES[0]!.title);
  });
});
