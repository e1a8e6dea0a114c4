/**
 * Shared by the setData byte tests (`weapp-setdata*.simulate.test.ts`): a fake content function
 * that serves two pages of stories (or none), waiting for the page to go quiet, and writing the
 * measured figures for `npm run bench` when `LAOMO_BENCH_OUT` names a folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listStoriesReply, SEEDED_STORIES, SERVER_TIME } from './weapp-fixtures';
import type { CallFunctionHandler, CloudCall, WeappPage } from './weapp-harness';

/** The cursor the first page returns; the second page ends the list. */
export const NEXT_CURSOR = 'bench-page-2';

/** Ten more stories, with ids and titles of their own. */
export const SECOND_PAGE = SEEDED_STORIES.map((s, i) => ({
  ...s,
  id: `story-${String(i + 11).padStart(2, '0')}`,
  title: `${s.title}（续）`,
}));

/**
 * `content.listStories` (and `content.home`, once the home page calls it) with `pages` stories:
 * the first page, then `SECOND_PAGE` for the cursor. With `pages: 0` every list is empty.
 */
export function storiesFunction(pages: 0 | 2): CallFunctionHandler {
  return (call: CloudCall) => {
    if (call.name !== 'content') return { ok: false, code: 'NOT_FOUND', message: '未找到' };
    const input = (call.data.data ?? {}) as { cursor?: string | null };
    const first = pages ? SEEDED_STORIES : [];
    const next = pages ? NEXT_CURSOR : null;
    if (call.data.action === 'listStories') {
      return input.cursor === NEXT_CURSOR ? listStoriesReply(SECOND_PAGE, null) : listStoriesReply(first, next);
    }
    if (call.data.action === 'home') {
      return {
        ok: true,
        data: { campaign: null, stories: first, nextCursor: next, events: [] },
        serverTime: SERVER_TIME,
      };
    }
    return { ok: false, code: 'NOT_FOUND', message: '未找到' };
  };
}

/** Resolves once no `setData` has been recorded for `quietMs`. */
export async function settled(page: WeappPage, quietMs = 60, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let count = page.setDataCalls.length;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`setData never went quiet (${page.setDataCalls.length} calls)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (page.setDataCalls.length !== count) {
      count = page.setDataCalls.length;
      since = Date.now();
    }
  }
}

export interface Measured {
  bytes: number;
  calls: number;
  /** Each setData: its bytes and data paths (the first three, and how many in all). */
  detail: string[];
}

/** What `setDataCalls.slice(from, to)` sent. */
export function measure(page: WeappPage, from = 0, to = page.setDataCalls.length): Measured {
  const calls = page.setDataCalls.slice(from, to);
  return {
    bytes: page.setDataBytes(from, to),
    calls: calls.length,
    detail: calls.map(
      (c) =>
        `${c.source} ${c.bytes} B [${c.keys.slice(0, 3).join(', ')}${c.keys.length > 3 ? `, … ${c.keys.length} paths` : ''}]`,
    ),
  };
}

/** Writes `<LAOMO_BENCH_OUT>/<name>.json` when the benchmark asked for it. */
export function reportToBench(name: string, figures: Record<string, Measured>): void {
  const dir = process.env.LAOMO_BENCH_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figures, null, 2));
}
