/**
 * A cursor-paged list: first load, pull-to-refresh, paging on scroll, and retry of whatever failed.
 * Pages render `status`; they never see a cursor or a reply.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorReply, Reply } from '../../shared/envelope';
import { settle } from './use-request';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type PageFetcher<T> = (cursor: string | null) => Promise<Reply<Page<T>>>;

export type ListStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface PagedList<T> {
  items: T[];
  /** `error` only when nothing can be shown; with items on screen a failure goes to `error` alone. */
  status: ListStatus;
  /** The last failure of the first page (status `error`) or of a refresh (items kept). */
  error: ErrorReply | null;
  refreshing: boolean;
  loadingMore: boolean;
  /** The next page failed; scrolling does not retry it, `retry()` does. */
  moreError: ErrorReply | null;
  hasMore: boolean;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  retry: () => Promise<void>;
}

interface State<T> {
  phase: 'loading' | 'ready' | 'error';
  items: T[];
  cursor: string | null;
  hasMore: boolean;
  error: ErrorReply | null;
  refreshing: boolean;
  loadingMore: boolean;
  moreError: ErrorReply | null;
}

function initialState<T>(): State<T> {
  return {
    phase: 'loading',
    items: [],
    cursor: null,
    hasMore: false,
    error: null,
    refreshing: false,
    loadingMore: false,
    moreError: null,
  };
}

/** Appends a page, dropping items already shown (a record published between two pages shifts them). */
function merge<T>(shown: T[], next: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set(shown.map(keyOf));
  return shown.concat(next.filter((item) => !seen.has(keyOf(item))));
}

/**
 * `resetKey`: when it changes (e.g. the parent whose children are listed), the list starts over
 * from its skeleton; requests for the old key are dropped.
 */
export function usePagedList<T>(fetchPage: PageFetcher<T>, keyOf: (item: T) => string, resetKey = ''): PagedList<T> {
  const [state, setState] = useState<State<T>>(initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const keyRef = useRef(keyOf);
  keyRef.current = keyOf;
  // A refresh bumps the generation; replies of older requests are dropped.
  const generation = useRef(0);
  const fetchingMore = useRef(false);

  const loadFirst = useCallback(async (mode: 'initial' | 'refresh') => {
    const mine = ++generation.current;
    fetchingMore.current = false;
    setState((s) =>
      mode === 'initial' || s.items.length === 0
        ? initialState<T>()
        : { ...s, refreshing: true, loadingMore: false, moreError: null },
    );
    const reply = await settle(fetchRef.current(null));
    if (mine !== generation.current) return;
    if (reply.ok) {
      const { items, nextCursor } = reply.data;
      setState({
        ...initialState<T>(),
        phase: 'ready',
        items: merge([], items, keyRef.current),
        cursor: nextCursor,
        hasMore: nextCursor !== null,
      });
    } else {
      setState((s) =>
        s.items.length > 0
          ? { ...s, refreshing: false, error: reply }
          : { ...initialState<T>(), phase: 'error', error: reply },
      );
    }
  }, []);

  const fetchMore = useCallback(async (force: boolean) => {
    const s = stateRef.current;
    if (fetchingMore.current || s.phase !== 'ready' || !s.hasMore || s.refreshing) return;
    if (s.moreError && !force) return;
    fetchingMore.current = true;
    const mine = generation.current;
    setState((x) => ({ ...x, loadingMore: true, moreError: null }));
    const reply = await settle(fetchRef.current(s.cursor));
    if (mine !== generation.current) return;
    fetchingMore.current = false;
    if (reply.ok) {
      const { items, nextCursor } = reply.data;
      setState((x) => ({
        ...x,
        items: merge(x.items, items, keyRef.current),
        cursor: nextCursor,
        hasMore: nextCursor !== null,
        loadingMore: false,
      }));
    } else {
      setState((x) => ({ ...x, loadingMore: false, moreError: reply }));
    }
  }, []);

  useEffect(() => {
    void loadFirst('initial');
    return () => {
      generation.current += 1;
    };
  }, [loadFirst, resetKey]);

  const refresh = useCallback(() => loadFirst('refresh'), [loadFirst]);
  const loadMore = useCallback(() => fetchMore(false), [fetchMore]);
  const retry = useCallback(() => {
    const s = stateRef.current;
    if (s.phase === 'error') return loadFirst('initial');
    if (s.moreError) return fetchMore(true);
    return loadFirst('refresh');
  }, [fetchMore, loadFirst]);

  const status: ListStatus = state.phase === 'ready' && state.items.length === 0 ? 'empty' : state.phase;
  return {
    items: state.items,
    status,
    error: state.error,
    refreshing: state.refreshing,
    loadingMore: state.loadingMore,
    moreError: state.moreError,
    hasMore: state.hasMore,
    refresh,
    loadMore,
    retry,
  };
}
