/**
 * A form's submission and its errors: checks run first and show under their fields; the server's
 * field issues go to the same fields, anything else to the foot of the form. Built on useSubmit
 * (one press at a time, progress, one request id per intent).
 */
import { useCallback, useState } from 'react';
import type { Reply } from '../../shared/envelope';
import type { ErrorCode } from '../../shared/errors';
import type { CallOptions } from '../api/transport';
import { placeError } from '../lib/form-errors';
import { useSubmit } from './use-submit';

export interface Form<F extends string, I, O> {
  pending: boolean;
  /** The error to show under `field`, if any. */
  fieldError: (field: F) => string | null;
  /** An error that belongs to no field. */
  formError: string | null;
  /** The code of the last failed submission (e.g. CONFLICT), to react to. */
  errorCode: ErrorCode | null;
  /** Runs when every check is null; `input` is built only then. Resolves to the reply, or null if not sent. */
  submit: (checks: Partial<Record<F, string | null>>, input: () => I) => Promise<Reply<O> | null>;
  /** The user changed `field`: its error goes away. */
  touch: (field: F) => void;
}

export function useForm<F extends string, I, O>(
  fields: readonly F[],
  call: (input: I, options: CallOptions) => Promise<Reply<O>>,
  hints: Partial<Record<F, string>> = {},
): Form<F, I, O> {
  const { run, pending, error, clearError } = useSubmit(call);
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const placed = error ? placeError(error, fields, hints) : null;

  const submit = useCallback(
    async (checks: Partial<Record<F, string | null>>, input: () => I) => {
      const found: Partial<Record<F, string>> = {};
      for (const f of fields) {
        const message = checks[f];
        if (message) found[f] = message;
      }
      setLocal(found);
      if (Object.keys(found).length > 0) {
        clearError();
        return null;
      }
      return run(input());
    },
    [fields, run, clearError],
  );

  const touch = useCallback(
    (field: F) => {
      setLocal((l) => ({ ...l, [field]: undefined }));
      clearError();
    },
    [clearError],
  );

  return {
    pending,
    fieldError: (f) => local[f] ?? (placed?.field === f ? placed.message : null),
    formError: placed?.field === 'form' ? placed.message : null,
    errorCode: error?.code ?? null,
    submit,
    touch,
  };
}
