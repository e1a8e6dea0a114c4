/** Puts an error reply next to the field it concerns, or at the foot of the form. */
import type { ErrorReply } from '../../shared/envelope';
import { ERROR_MESSAGES_ZH } from '../../shared/errors';

export interface PlacedError<F extends string> {
  field: F | 'form';
  message: string;
}

/**
 * The first issue whose path starts with one of `fields` goes to that field; a generic text says
 * nothing about the field, so `hints` names its rule instead. Anything else is a form error.
 */
export function placeError<F extends string>(
  error: ErrorReply,
  fields: readonly F[],
  hints: Partial<Record<F, string>> = {},
): PlacedError<F> {
  for (const issue of error.issues ?? []) {
    const field = fields.find((f) => issue.path[0] === f);
    if (field) {
      const generic = issue.message === ERROR_MESSAGES_ZH.BAD_REQUEST;
      return { field, message: generic ? (hints[field] ?? issue.message) : issue.message };
    }
  }
  return { field: 'form', message: error.message };
}
