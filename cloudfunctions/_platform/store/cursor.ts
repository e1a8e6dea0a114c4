/**
 * Keyset paging shared by both store adapters: the page size rule and the cursor format
 * (base64url JSON of the order signature and the last item's order values, the id last). A cursor
 * issued for another ordering is refused: it would silently skip or repeat items.
 */
import { MAX_PAGE, type OrderBy, type Scalar } from './store.port';

export const DEFAULT_LIMIT = 20;

/** A cursor that an adapter did not issue for this query shape. */
export class BadCursorError extends Error {
  override readonly name = 'BadCursorError';
  constructor(reason: string) {
    super(`bad cursor: ${reason}`);
  }
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}

function orderSignature(order: OrderBy[]): string {
  return order.map((k) => `${k.field}:${k.direction}`).join(',');
}

export function encodeCursor(order: OrderBy[], values: Scalar[]): string {
  return Buffer.from(JSON.stringify({ o: orderSignature(order), v: values }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: OrderBy[]): Scalar[] {
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new BadCursorError('not base64url');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadCursorError('not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new BadCursorError('not an object');
  const { o, v } = parsed as { o?: unknown; v?: unknown };
  if (o !== orderSignature(order)) throw new BadCursorError('issued for another ordering');
  if (!Array.isArray(v) || v.length !== order.length) throw new BadCursorError('wrong number of values');
  const values: Scalar[] = [];
  for (const x of v as unknown[]) {
    if (x !== null && typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean') {
      throw new BadCursorError('values must be scalars');
    }
    values.push(x);
  }
  if (typeof values[values.length - 1] !== 'string') throw new BadCursorError('missing id');
  return values;
}
