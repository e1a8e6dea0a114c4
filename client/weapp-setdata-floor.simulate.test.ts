/**
 * The setData floor for the byte figures of `weapp-setdata.simulate.test.ts`: the same page of the
 * REAL weapp build on an empty reply (no stories), so the page shell, header and empty state are
 * what it sends. (A separate file: one page per test file.)
 */
import { measure, reportToBench, settled, storiesFunction } from './test/setdata-bench';
import { loadWeappPage, type WeappPage } from './test/weapp-harness';

let page: WeappPage;
let bytes = 0;

beforeAll(async () => {
  page = await loadWeappPage('pages/index/index', { callFunction: storiesFunction(0) });
  await page.waitFor('.empty-state');
  await settled(page);
  const firstRender = measure(page);
  bytes = firstRender.bytes;
  reportToBench('home-empty', { firstRender });
});

describe('setData floor: 首页 with no stories', () => {
  test('renders the empty state and no card', () => {
    expect(page.queryAll('.story-card')).toHaveLength(0);
    expect(page.setDataCalls.length).toBeGreaterThan(0);
    expect(bytes).toBeGreaterThan(0);
  });
});
