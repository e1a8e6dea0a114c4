/** The `objection` function. Objections (异议) to nominees in a notice: real-name filing, cases handled by cadres, confidential objector identities (sealed, then erased). */
import { objectionActions } from '../../shared/actions/objection.schema';
import { createHandler, type FunctionHandler } from '../_platform/entry';
import type { Ports } from '../_platform/ports';
import type { RouteTable } from '../_platform/route';
import {
  addNote,
  assign,
  conclude,
  eraseMine,
  getCase,
  getMine,
  handDown,
  listCases,
  mine,
  readIdentity,
  reportVerification,
  todo,
  unseal,
} from './case.service';
import { file, record } from './filing.service';

export const objectionRoutes: RouteTable<'objection'> = {
  // The per-notice daily limit is in the service (the platform's rateLimit is per action); this
  // one only stops a flood across notices.
  file: { idempotent: true, rateLimit: { max: 30, windowSeconds: 3600 }, handle: file },
  record: { idempotent: true, handle: record },
  mine: { handle: mine },
  getMine: { handle: getMine },
  eraseMine: { idempotent: true, handle: eraseMine },
  listCases: { handle: listCases },
  getCase: { handle: getCase },
  assign: { idempotent: true, handle: assign },
  addNote: { idempotent: true, handle: addNote },
  handDown: { idempotent: true, handle: handDown },
  reportVerification: { idempotent: true, handle: reportVerification },
  conclude: { idempotent: true, handle: conclude },
  // A reading writes its audit entry: two readings at once conflict on the chain head; re-run.
  readIdentity: { retryOnConflict: 2, handle: readIdentity },
  // Not idempotent: a stored reply would keep the identity in `replies` after its erasure.
  unseal: { retryOnConflict: 2, handle: unseal },
  todo: { handle: todo },
};

export function createObjectionFunction(ports: Ports): FunctionHandler {
  return createHandler('objection', objectionActions, objectionRoutes, ports);
}
