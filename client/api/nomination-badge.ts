/**
 * The one `nomination` call the main package makes: the 待办 count for the badge on 我的. It names
 * only the reply fields it reads, so the main package does not bundle the nomination schemas (the
 * full module, `./nomination`, lives with the cadre subpackage's pages). Same action, same server
 * checks; the reply's other fields are dropped by the parse.
 */
import * as z from 'zod/mini';
import { callAction } from './transport';

const TODO_COUNT = {
  input: z.strictObject({ limit: z.optional(z.int().check(z.gte(1), z.lte(50))) }),
  output: z.object({ count: z.number(), readyCount: z.number() }),
};

export const nominationBadge = {
  todoCount: () => callAction('nomination', 'todo', TODO_COUNT, { limit: 1 }),
};
