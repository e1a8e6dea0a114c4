/**
 * The home page of the REAL weapp build (dist/weapp) in miniprogram-simulate, fed by a fake
 * `content.home` in campaign mode: the campaign, ten stories, three events. Checks what WeChat would
 * render, that the page asked once, and what `setData` carried.
 */
import { homeReply, isHome, SEEDED_CAMPAIGN, SEEDED_EVENTS, SEEDED_STORIES, STORY_12 } from './test/weapp-fixtures';
import { loadWeappPage, type WeappPage } from './test/weapp-harness';

// Loading the build (wcc compiles base.wxml) takes seconds on a busy 2-core machine; jest's 5 s default is too tight.
jest.setTimeout(30_000);

/** The first render (skeletons, then campaign, events and ten cards) must stay under this many setData bytes. */
const FIRST_RENDER_BUDGET_BYTES = 48 * 1024;

let page: WeappPage;
let firstRenderBytes = 0;
/** What the fake `content.home` returns; the refresh test changes it. */
let stories = SEEDED_STORIES;

beforeAll(async () => {
  page = await loadWeappPage('pages/index/index', {
    callFunction: (call) => (isHome(call) ? homeReply(stories) : { ok: false, code: 'NOT_FOUND', message: '未找到' }),
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

  test('is in campaign mode: theme, the six phrases, featured stories in order, schedule, no usual header', () => {
    expect(page.queryAll('.campaign__theme').map((el) => el.textContent)).toEqual([SEEDED_CAMPAIGN.theme]);
    expect(page.queryAll('.campaign__phrase').map((el) => el.textContent)).toEqual(SEEDED_CAMPAIGN.spirit);
    expect(page.text()).toContain('2026年5月1日 至 5月31日 · 还剩 31 天'); // by the reply's serverTime
    // The reply's featured cards in the campaign's order, story-12 too though it is not in the feed.
    expect(page.queryAll('.featured__title').map((el) => el.textContent)).toEqual([
      STORY_12.title,
      SEEDED_STORIES[4]!.title,
      SEEDED_STORIES[1]!.title,
    ]);
    expect(page.queryAll('.featured__summary').map((el) => el.textContent)).toEqual(
      SEEDED_CAMPAIGN.featuredStories.map((s) => s.summary),
    );
    expect(page.queryAll('.campaign-schedule__row')).toHaveLength(SEEDED_CAMPAIGN.schedule.length);
    expect(page.queryAll('.home-header')).toHaveLength(0);
  });

  test('lists the upcoming events from the same reply', () => {
    expect(page.queryAll('.event-card__title').map((el) => el.textContent)).toEqual(SEEDED_EVENTS.map((e) => e.title));
    expect(page.text()).toContain('名额已满（120人）');
    expect(page.text()).toContain('志愿时长 3 小时');
  });

  test('asked the content function once, for home', () => {
    expect(page.cloudCalls).toEqual([{ name: 'content', data: { action: 'home', data: {} } }]);
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
    expect(page.cloudCalls[1]!.data.action).toBe('home');
    const refresh = page.setDataCalls.slice(before);
    expect(refresh.map((c) => c.source)).toEqual(['custom-wrapper']);
    expect(page.setDataBytes(before)).toBeLessThan(512);
  });
});
