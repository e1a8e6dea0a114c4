/**
 * setData bytes of a like on the REAL weapp build (miniprogram-simulate): the story page
 * (`reading/pages/story/index`) as a reader opens it, then a press on the like button. Budget
 * (issue 6): a like ≤ 2 KB — the button re-renders itself, not the story. `npm run bench` runs this
 * file with `LAOMO_BENCH_OUT` to collect the figures.
 */
import type { StoryDetail } from '../shared/actions/content.schema';
import { measure, reportToBench, settled, type Measured } from './test/setdata-bench';
import { STORY_12, SERVER_TIME } from './test/weapp-fixtures';
import { loadWeappPage, type WeappPage } from './test/weapp-harness';

const LIKE_BUDGET_BYTES = 2 * 1024;
const PAGE = 'reading/pages/story/index';

const PARAGRAPH =
  '每天清晨六点，她已经坐在调度台前，盯着屏幕上跳动的线路和车辆。二十年来，她把调度做成了一门学问，' +
  '总结出一套高峰期“动态发车”方法，让乘客的候车时间缩短了三分之一。';
const STORY: StoryDetail = {
  ...STORY_12,
  blocks: [
    { type: 'paragraph', text: PARAGRAPH },
    { type: 'heading', text: '把调度做成学问' },
    { type: 'paragraph', text: PARAGRAPH },
    { type: 'quote', text: '乘客少等一分钟，我们就多想一步。', cite: '林小燕' },
    { type: 'paragraph', text: PARAGRAPH },
  ],
  views: 120,
  liked: false,
};

let page: WeappPage;
const figures: Record<string, Measured> = {};

beforeAll(async () => {
  page = await loadWeappPage(PAGE, {
    query: { id: STORY.id },
    callFunction: (call) => {
      if (call.data.action === 'getStory') return { ok: true, data: STORY, serverTime: SERVER_TIME };
      if (call.data.action === 'likeStory')
        return { ok: true, data: { liked: true, likes: STORY.likes + 1 }, serverTime: SERVER_TIME };
      return { ok: false, code: 'NOT_FOUND', message: '未找到' };
    },
  });
  await page.waitFor('.like-button');
  await settled(page);
  figures.firstRender = measure(page);

  const before = page.setDataCalls.length;
  page.tap(page.queryAll('.like-button')[0]!);
  await page.waitFor('.like-button--on');
  await settled(page);
  figures.like = measure(page, before);
  reportToBench('like', figures);
});

describe('setData bytes of a like in the weapp build', () => {
  test('the press turns the heart on and counts one more', () => {
    expect(page.queryAll('.like-button--on')).toHaveLength(1);
    expect(page.text()).toContain(String(STORY.likes + 1));
  });

  test(`a like stays under ${LIKE_BUDGET_BYTES / 1024} KB`, () => {
    expect(figures.like!.calls).toBeGreaterThan(0);
    expect(figures.like!.bytes).toBeLessThanOrEqual(LIKE_BUDGET_BYTES);
  });
});
