/**
 * The nomination pages' data: the filtered, paged list (wired to the page's scroll, pull-down and
 * return from another page), the rounds to filter by, one file with its round and timeline, and
 * 待办 with its count.
 */
import { useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { InputOf } from '../../shared/api';
import type { Reply } from '../../shared/envelope';
import {
  nomination,
  type NominationRow,
  type NominationView,
  type RoundRow,
  type RoundView,
  type TimelineEntry,
} from '../api/nomination';
import { failure } from '../api/transport';
import { usePagedList, type PagedList } from './use-paged-list';
import { useRequest, type RequestResult } from './use-request';

export type NominationFilters = Omit<InputOf<'nomination', 'listNominations'>, 'cursor' | 'limit'>;

/** The list under `filters`; idle (no request) until `enabled`. Starts over when the filters change. */
export function useNominationList(filters: NominationFilters, enabled: boolean): PagedList<NominationRow> {
  const key = enabled ? JSON.stringify(filters) : '';
  const list = usePagedList<NominationRow>(
    (cursor) =>
      enabled ? nomination.listNominations({ ...filters, cursor, limit: 20 }) : Promise.resolve(failure('NOT_FOUND')),
    (item) => item.id,
    key,
  );
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && enabled) void list.refresh();
    shown.current = true;
  });
  return list;
}

/** Every round (the first pages: a district has a handful a year), newest first as the server sends. */
export function useRounds(enabled: boolean): RequestResult<RoundRow[]> {
  return useRequest<RoundRow[]>(async () => {
    if (!enabled) return { ok: true, data: [], serverTime: '' };
    const items: RoundRow[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const reply = await nomination.listRounds({ cursor });
      if (!reply.ok) return reply;
      items.push(...reply.data.items);
      cursor = reply.data.nextCursor;
      if (!cursor) break;
    }
    return { ok: true, data: items, serverTime: '' };
  }, [enabled]);
}

/** One round's configuration (stage list, titles, limits), or null without an id. */
export function useRound(roundId: string | null): RequestResult<RoundView | null> {
  return useRequest<RoundView | null>(async () => {
    if (!roundId) return { ok: true, data: null, serverTime: '' };
    const reply = await nomination.getRound({ id: roundId });
    return reply.ok ? { ...reply, data: reply.data.round } : reply;
  }, [roundId]);
}

export interface NominationFile {
  nomination: NominationView;
  timeline: TimelineEntry[];
  round: RoundView;
  serverTime: string;
}

async function loadFile(id: string): Promise<Reply<NominationFile>> {
  const got = await nomination.getNomination({ id });
  if (!got.ok) return got;
  const round = await nomination.getRound({ id: got.data.nomination.roundId });
  if (!round.ok) return round;
  return { ...got, data: { ...got.data, round: round.data.round, serverTime: got.serverTime } };
}

/** The file, its round and its timeline; fresh again when the page shows after an edit elsewhere. */
export function useNominationFile(id: string): RequestResult<NominationFile> {
  const file = useRequest<NominationFile>(() => (id ? loadFile(id) : Promise.resolve(failure('NOT_FOUND'))), [id]);
  usePullDownRefresh(() => {
    void file.reload().finally(() => Taro.stopPullDownRefresh());
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void file.reload();
    shown.current = true;
  });
  return file;
}

/** 待办 (the nearest 50, nearest deadline first) and its counts. */
export function useTodo(enabled: boolean) {
  const todo = useRequest(
    () => (enabled ? nomination.todo({ limit: 50 }) : Promise.resolve(failure('NOT_FOUND'))),
    [enabled],
  );
  usePullDownRefresh(() => {
    void todo.reload().finally(() => Taro.stopPullDownRefresh());
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && enabled) void todo.reload();
    shown.current = true;
  });
  return todo;
}
