import { act, renderHook, waitFor } from '@testing-library/react';
import type { Reply } from '../../shared/envelope';
import type { StoryCard } from '../api/content';
import { deferred, fail, ok, story } from '../test/fixtures';
import { usePagedList, type Page } from './use-paged-list';

type PageReply = Reply<Page<StoryCard>>;

/** A fake api: replies are queued per call, and every cursor asked for is recorded. */
function fakeApi(...replies: Array<PageReply | Promise<PageReply>>) {
  const cursors: Array<string | null> = [];
  const fetchPage = jest.fn(async (cursor: string | null) => {
    cursors.push(cursor);
    const next = replies.shift();
    if (!next) throw new Error('no reply queued');
    return next;
  });
  return { fetchPage, cursors };
}

const keyOf = (s: StoryCard) => s.id;

describe('usePagedList', () => {
  it('shows the error state when the first page fails, and retry loads it', async () => {
    const api = fakeApi(fail('NETWORK'), ok({ items: [story(1)], nextCursor: null }));
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.message).toBe('网络连接失败，请检查网络后重试');
    expect(result.current.items).toEqual([]);

    await act(() => result.current.retry());
    expect(result.current.status).toBe('ready');
    expect(result.current.items.map(keyOf)).toEqual(['story-1']);
    expect(result.current.error).toBeNull();
  });

  it('turns a throwing api into an INTERNAL error instead of crashing', async () => {
    const api = fakeApi(Promise.reject(new Error('boom')));
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('INTERNAL');
  });

  it('is empty when the first page has no items', async () => {
    const api = fakeApi(ok({ items: [], nextCursor: null }));
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    await waitFor(() => expect(result.current.status).toBe('empty'));
    expect(result.current.hasMore).toBe(false);
  });

  it('loads items, then pages on with the cursor until there is no more', async () => {
    const api = fakeApi(
      ok({ items: [story(1), story(2)], nextCursor: 'c2' }),
      // story-2 again (a story published meanwhile shifted the page): shown once.
      ok({ items: [story(2), story(3)], nextCursor: null }),
    );
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.items.map(keyOf)).toEqual(['story-1', 'story-2']);
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.loadMore());
    expect(result.current.items.map(keyOf)).toEqual(['story-1', 'story-2', 'story-3']);
    expect(result.current.hasMore).toBe(false);
    expect(api.cursors).toEqual([null, 'c2']);

    await act(() => result.current.loadMore()); // nothing more: no call
    expect(api.fetchPage).toHaveBeenCalledTimes(2);
  });

  it('asks for the next page once, however often the bottom is reached', async () => {
    const next = deferred<PageReply>();
    const api = fakeApi(ok({ items: [story(1)], nextCursor: 'c2' }), next.promise);
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    await waitFor(() => expect(result.current.status).toBe('ready'));

    act(() => {
      void result.current.loadMore();
      void result.current.loadMore();
    });
    expect(result.current.loadingMore).toBe(true);
    await act(async () => next.resolve(ok({ items: [story(2)], nextCursor: null })));
    expect(api.fetchPage).toHaveBeenCalledTimes(2);
    expect(result.current.items.map(keyOf)).toEqual(['story-1', 'story-2']);
  });

  it('keeps the items when the next page fails; scrolling does not retry, retry does', async () => {
    const api = fakeApi(
      ok({ items: [story(1)], nextCursor: 'c2' }),
      fail('INTERNAL'),
      ok({ items: [story(2)], nextCursor: null }),
    );
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    await waitFor(() => expect(result.current.status).toBe('ready'));

    await act(() => result.current.loadMore());
    expect(result.current.status).toBe('ready');
    expect(result.current.moreError?.message).toBe('服务暂时不可用，请稍后重试');
    expect(result.current.items.map(keyOf)).toEqual(['story-1']);

    await act(() => result.current.loadMore());
    expect(api.fetchPage).toHaveBeenCalledTimes(2);

    await act(() => result.current.retry());
    expect(result.current.moreError).toBeNull();
    expect(result.current.items.map(keyOf)).toEqual(['story-1', 'story-2']);
    expect(api.cursors).toEqual([null, 'c2', 'c2']);
  });

  it('refresh replaces the items and drops a page that was still loading', async () => {
    const stalePage = deferred<PageReply>();
    const api = fakeApi(
      ok({ items: [story(1)], nextCursor: 'c2' }),
      stalePage.promise,
      ok({ items: [story(9), story(1)], nextCursor: 'c9' }),
    );
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    await waitFor(() => expect(result.current.status).toBe('ready'));

    act(() => void result.current.loadMore());
    await act(() => result.current.refresh());
    expect(result.current.items.map(keyOf)).toEqual(['story-9', 'story-1']);
    expect(result.current.refreshing).toBe(false);

    await act(async () => stalePage.resolve(ok({ items: [story(2)], nextCursor: null })));
    expect(result.current.items.map(keyOf)).toEqual(['story-9', 'story-1']);
    expect(result.current.hasMore).toBe(true);
  });

  it('keeps the items on screen when a refresh fails, with the error to show', async () => {
    const api = fakeApi(
      ok({ items: [story(1)], nextCursor: null }),
      fail('NETWORK'),
      ok({ items: [story(2)], nextCursor: null }),
    );
    const { result } = renderHook(() => usePagedList(api.fetchPage, keyOf));
    await waitFor(() => expect(result.current.status).toBe('ready'));

    await act(() => result.current.refresh());
    expect(result.current.status).toBe('ready');
    expect(result.current.items.map(keyOf)).toEqual(['story-1']);
    expect(result.current.error?.code).toBe('NETWORK');

    await act(() => result.current.retry());
    expect(result.current.items.map(keyOf)).toEqual(['story-2']);
    expect(result.current.error).toBeNull();
  });

  it('starts over from the skeleton when the reset key changes, dropping the old reply', async () => {
    const oldPage = deferred<PageReply>();
    const api = fakeApi(oldPage.promise, ok({ items: [story(5)], nextCursor: null }));
    const { result, rerender } = renderHook(({ key }) => usePagedList(api.fetchPage, keyOf, key), {
      initialProps: { key: 'parent-a' },
    });
    expect(result.current.status).toBe('loading');
    rerender({ key: 'parent-b' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.items.map(keyOf)).toEqual(['story-5']);

    await act(async () => oldPage.resolve(ok({ items: [story(1)], nextCursor: null })));
    expect(result.current.items.map(keyOf)).toEqual(['story-5']);
    expect(api.fetchPage).toHaveBeenCalledTimes(2);
  });
});
