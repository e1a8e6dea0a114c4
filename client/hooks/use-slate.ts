/**
 * One organization's slate in a round: the summary (quota, composition, override) from the first
 * page, the nominations paged, pull-to-refresh and paging on scroll; the override and the exports.
 */
import { useCallback, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { ErrorReply } from '../../shared/envelope';
import {
  nominationSlate,
  openExportFile,
  type ExportFile,
  type SlateItem,
  type SlateView,
} from '../api/nomination-slate';
import { usePagedList, type PagedList } from './use-paged-list';
import { useSubmit, type Submit } from './use-submit';

export interface SlateState {
  list: PagedList<SlateItem>;
  /** The latest summary (null until the first page arrives). */
  slate: SlateView | null;
  override: Submit<{ reason: string }, { slate: SlateView }>;
}

export function useSlate(roundId: string, orgId: string | undefined): SlateState {
  const [slate, setSlate] = useState<SlateView | null>(null);
  const list = usePagedList<SlateItem>(
    async (cursor) => {
      const reply = await nominationSlate.getSlate({
        roundId,
        ...(orgId ? { orgId } : {}),
        ...(cursor ? { cursor } : {}),
      });
      if (!reply.ok) return reply;
      if (!cursor) setSlate(reply.data.slate);
      return { ...reply, data: { items: reply.data.slate.items, nextCursor: reply.data.slate.nextCursor } };
    },
    (item) => item.id,
    `${roundId}:${orgId ?? ''}`,
  );
  usePullDownRefresh(() => {
    void list.refresh().then(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    void list.loadMore();
  });
  const send = useCallback(
    (input: { reason: string }, options: Parameters<typeof nominationSlate.overrideSlate>[1]) =>
      nominationSlate.overrideSlate(
        { roundId, orgId: slate?.org.id ?? orgId ?? '', version: slate?.version ?? 0, reason: input.reason },
        options,
      ),
    [roundId, orgId, slate],
  );
  const override = useSubmit(send);
  return {
    list,
    slate,
    override: {
      ...override,
      run: async (input) => {
        const reply = await override.run(input);
        if (reply?.ok)
          setSlate((s) => (s ? { ...reply.data.slate, items: s.items, nextCursor: s.nextCursor } : reply.data.slate));
        if (reply && !reply.ok && reply.code === 'CONFLICT') void list.refresh();
        return reply;
      },
    },
  };
}

export type ExportKind = 'slate' | 'report' | 'form';

export interface Exporter {
  /** Which export is being made (one at a time). */
  pending: string | null;
  error: ErrorReply | null;
  /** The last file made (H5 shows it as a link). */
  file: ExportFile | null;
  run(key: string, make: () => ReturnType<typeof nominationSlate.exportSlate>): Promise<void>;
}

/** Makes an export, then opens it (weapp) or offers its link (H5). */
export function useExporter(): Exporter {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ErrorReply | null>(null);
  const [file, setFile] = useState<ExportFile | null>(null);
  const run = useCallback(
    async (key: string, make: () => ReturnType<typeof nominationSlate.exportSlate>) => {
      if (pending) return;
      setPending(key);
      setError(null);
      setFile(null);
      const reply = await make();
      if (!reply.ok) {
        setError(reply);
      } else if (process.env.TARO_ENV === 'weapp') {
        const opened = await openExportFile(reply.data.file);
        if (!opened.ok) setError(opened);
      } else {
        setFile(reply.data.file);
      }
      setPending(null);
    },
    [pending],
  );
  return { pending, error, file, run };
}
