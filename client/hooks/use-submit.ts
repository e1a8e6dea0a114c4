/**
 * A submission: one press at a time, progress while pending, the error in Chinese, and one
 * `requestId` per intent: a retry of the same input after an unknown outcome (network, crash)
 * reuses it, so the server replays its stored reply instead of acting twice.
 */
import { useCallback, useRef, useState } from 'react';
import type { ErrorReply, Reply } from '../../shared/envelope';
import type { ErrorCode } from '../../shared/errors';
import { newRequestId, type CallOptions } from '../api/transport';
import { settle } from './use-request';

/** Codes after which we cannot know whether the server acted. */
const OUTCOME_UNKNOWN: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['NETWORK', 'INTERNAL']);

export interface Submit<I, O> {
  /** Resolves to the reply, or `null` when a submission is already pending. */
  run: (input: I) => Promise<Reply<O> | null>;
  pending: boolean;
  error: ErrorReply | null;
  clearError: () => void;
}

export function useSubmit<I, O>(submit: (input: I, options: CallOptions) => Promise<Reply<O>>): Submit<I, O> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorReply | null>(null);
  const pendingRef = useRef(false);
  const intent = useRef<{ key: string; requestId: string } | null>(null);

  const run = useCallback(
    async (input: I) => {
      if (pendingRef.current) return null;
      pendingRef.current = true;
      setPending(true);
      setError(null);
      const key = JSON.stringify(input);
      if (!intent.current || intent.current.key !== key) intent.current = { key, requestId: newRequestId() };
      const reply = await settle(submit(input, { requestId: intent.current.requestId }));
      if (reply.ok || !OUTCOME_UNKNOWN.has(reply.code)) intent.current = null;
      pendingRef.current = false;
      setPending(false);
      if (!reply.ok) setError(reply);
      return reply;
    },
    [submit],
  );

  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
