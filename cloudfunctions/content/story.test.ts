/** Reading stories: published only, newest first, paged, images resolved through the files port. */
import { C } from '../_platform/collections';
import { startTestApp, type TestApp } from '../_local/testing';
import type { StoryCard, StoryDetail } from '../../shared/actions/content.schema';
import type { Reply } from '../../shared/envelope';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('listStories', () => {
  it('pages through every published story once, newest first, in two reads a page (stories, counters)', async () => {
    const seen: StoryCard[] = [];
    let cursor: string | null = null;
    do {
      app.store.reset();
      const reply: Reply<{ items: StoryCard[]; nextCursor: string | null }> = await app.call<{
        items: StoryCard[];
        nextCursor: string | null;
      }>('content', 'listStories', { cursor, limit: 5 }, { openid: null });
      if (!reply.ok) throw new Error(reply.code);
      expect(app.store.counts.reads).toBe(2);
      seen.push(...reply.data.items);
      cursor = reply.data.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen.map((s) => s.id)).size).toBe(12);
    const times = seen.map((s) => s.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(seen[0]!.coverUrl).toMatch(/^\/files\/demo\/cover-mw-\d+\.svg$/);
  });

  it('never lists an unpublished story', async () => {
    const story = await app.ports.store.get(C.stories, 'story-01');
    await app.ports.store.update(C.stories, 'story-01', story!.version, { status: 'unpublished' });
    const reply = await app.call<{ items: StoryCard[] }>('content', 'listStories', { limit: 50 }, { openid: null });
    if (!reply.ok) throw new Error(reply.code);
    expect(reply.data.items.map((s) => s.id)).not.toContain('story-01');
    expect(await app.call('content', 'getStory', { id: 'story-01' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('getStory', () => {
  it('returns the blocks with image URLs and alt text', async () => {
    const reply = await app.call<StoryDetail>('content', 'getStory', { id: 'story-02' }, { openid: null });
    if (!reply.ok) throw new Error(reply.code);
    const image = reply.data.blocks.find((b) => b.type === 'image');
    expect(image).toMatchObject({ url: expect.stringMatching(/^\/files\//), alt: expect.any(String) });
  });
});
