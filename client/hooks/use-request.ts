/**
 * One request whose reply a page renders: loading, data, or a Chinese error, with reload.
 * The previous data stays visible while reloading.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorReply, Reply } from '../../shared/envelope';
import { failure } from '../api/transport';

export type RequestState<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ok'; data: T; error: null; serverTime: string }
  | { status: 'error'; data: T | null; error: ErrorReply };

export type RequestResult<T> = RequestState<T> & { reload: () => Promise<void> };

/** Never rejects: a thrown fetcher becomes `INTERNAL`. */
export async function settle<T>(promise: Promise<Reply<T>>): Promise<Reply<T>> {
  try {
    return await promise;
  } catch {
    return failure('INTERNAL');
  }
}

export function useRequest<T>(fetcher: () => Promise<Reply<T>>, deps: readonly unknown[]): RequestResult<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading', data: null, error: null });
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  // Only the latest request may write state: a reload or a change of deps supersedes older ones.
  const generation = useRef(0);

  const run = useCallback(async () => {
    const mine = ++generation.current;
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    const reply = await settle(fetcherRef.current());
    if (mine !== generation.current) return;
    setState((s) =>
      reply.ok
        ? { status: 'ok', data: reply.data, error: null, serverTime: reply.serverTime }
        : { status: 'error', data: s.data, error: reply },
    );
  }, []);

  useEffect(() => {
    void run();
    return () => {
      generation.current += 1;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return { ...state, reload: run };
}
