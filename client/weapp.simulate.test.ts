/**
 * The home page of the REAL weapp build (dist/weapp) in miniprogram-simulate, fed ten stories by a
 * fake `content.listStories`. Checks what WeChat would render and what `setData` carried.
 */
import { isListStories, listStoriesReply, SEEDED_STORIES } from './test/weapp-fixtures';
import { loadWeappPage, type WeappPage } from './test/weapp-harness';

/** The first render (skeleton + ten cards) must stay under this many setData bytes. */
const FIRST_RENDER_BUDGET_BYTES = 48 * 1024;

let page: WeappPage;
let firstRenderBytes = 0;
/** What the fake `content.listStories` returns; the refresh test changes it. */
let stories = SEEDED_STORIES;

beforeAll(async () => {
  page = await loadWeappPage('pages/index/index', {
    callFunction: (call) =>
      isListStories(call) ? listStoriesReply(stories) : { ok: false, code: 'NOT_FOUND', message: '未找到' },
  });
  await page.waitFor(() => page.queryAll('.story-card__title').length === SEEDED_STORIES.length);
  firstRenderBytes = page.setDataBytes();
});

describe('首页 (pages/index/index) in the weapp build', () => {
  test('renders a card per story, with title, worker and unit', () => {
    const titles = page.queryAll('.story-card .story-card__title').map((el) => el.textContent);
    expect(titles).toEqual(SEEDED_STORIES.map((s) => s.title));
    const metas = page.queryAll('.story-card__meta').map((el) => el.textContent?.replace(/\s+/g, ' '));
    expect(metas).toEqual(SEEDED_STORIES.map((s) => `${s.workerName} · ${s.unitName}`));
    const html = page.root.dom.innerHTML;
    for (const story of SEEDED_STORIES) expect(html).toContain(story.title);
    expect(page.text()).toContain('劳模故事');
    expect(page.queryAll('.story-card--skeleton')).toHaveLength(0);
    expect(page.text()).toContain('没有更多了'); // nextCursor: null
  });

  test('asked the content function for the first page, once', () => {
    expect(page.cloudCalls).toHaveLength(1);
    expect(page.cloudCalls[0]).toEqual({
      name: 'content',
      data: { action: 'listStories', data: expect.objectContaining({ limit: 10 }) },
    });
    expect(page.cloudCalls[0]!.data.data).not.toHaveProperty('cursor', expect.any(String));
  });

  test(`first render's setData stays under ${FIRST_RENDER_BUDGET_BYTES / 1024} KB`, () => {
    const calls = page.setDataCalls.map((c) => `${c.source} ${c.bytes} B [${c.keys.join(', ')}]`);
    console.log(
      `first render: ${page.setDataCalls.length} setData calls, ${firstRenderBytes} bytes\n  ${calls.join('\n  ')}`,
    );
    expect(page.setDataCalls.length).toBeGreaterThan(0);
    expect(firstRenderBytes).toBeLessThan(FIRST_RENDER_BUDGET_BYTES);
    // Nothing is sent once the page is idle.
    return new Promise<void>((resolve) => setTimeout(resolve, 50)).then(() => {
      expect(page.setDataBytes()).toBe(firstRenderBytes);
    });
  });

  // Runs last: it changes what the page shows.
  test('a pull-down refresh that changes one story re-sends only that card, through its custom-wrapper', async () => {
    const before = page.setDataCalls.length;
    stories = SEEDED_STORIES.map((s, i) => (i === 3 ? { ...s, likes: 999 } : s));
    (page.root.instance.onPullDownRefresh as () => void)();
    await page.waitFor(() => page.text().includes('赞 999'));
    expect(page.cloudCalls).toHaveLength(2);
    const refresh = page.setDataCalls.slice(before);
    expect(refresh.map((c) => c.source)).toEqual(['custom-wrapper']);
    expect(page.setDataBytes(before)).toBeLessThan(512);
  });
});
