/**
 * Test harness: real SQLite in a temporary folder, the demo seed, and every function's handler,
 * so service and entry tests run the same code paths as the runner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as z from 'zod/mini';
import { zhCN } from 'zod/v4/locales';
import type { FunctionName } from '../../shared/api';
import type { Reply } from '../../shared/envelope';
import type { FunctionHandler } from '../_platform/entry';
import type { Logger } from '../_platform/ports';
import { countingStore } from '../_platform/store/counting.store';
import { openSqliteStore } from '../_platform/store/sqlite.adapter';
import { DECLARATION } from '../_platform/collections';
import { FUNCTION_FACTORIES } from './functions';
import { localPorts, SettableClock } from './local.ports';
import { seedDemo } from './seed';

z.config(zhCN());

export interface TestApp {
  ports: ReturnType<typeof localPorts>;
  store: ReturnType<typeof countingStore>;
  clock: SettableClock;
  logs: { level: string; message: string; fields: Record<string, unknown> }[];
  call<T = unknown>(
    fn: FunctionName,
    action: string,
    data?: unknown,
    opts?: { openid?: string | null; requestId?: string },
  ): Promise<Reply<T>>;
  raw(fn: string, event: unknown, openid?: string | null): Promise<Reply<unknown>>;
  /** Every row of every collection, for "nothing was written" assertions. */
  snapshot(): string;
  close(): void;
}

export async function startTestApp(opts: { seed?: boolean } = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'laomo-test-'));
  const sqlite = openSqliteStore({ file: path.join(dir, 'laomo.db'), declaration: DECLARATION });
  const store = countingStore(sqlite);
  const clock = new SettableClock();
  const logs: TestApp['logs'] = [];
  const logger: Logger = {
    error: (message, fields) => logs.push({ level: 'error', message, fields }),
    info: (message, fields) => logs.push({ level: 'info', message, fields }),
  };
  const ports = localPorts({ dataDir: dir, store, clock, logger });
  if (opts.seed !== false) await seedDemo(ports);
  const handlers: Record<string, FunctionHandler> = Object.fromEntries(
    Object.entries(FUNCTION_FACTORIES).map(([n, f]) => [n, f(ports)]),
  );
  return {
    ports,
    store,
    clock,
    logs,
    call: (fn, action, data = {}, o = {}) =>
      handlers[fn]!(
        { action, data, ...(o.requestId ? { requestId: o.requestId } : {}) },
        { openid: o.openid === undefined ? 'demo-public' : o.openid },
      ) as never,
    raw: (fn, event, openid = 'demo-public') => handlers[fn]!(event, { openid }),
    snapshot() {
      const tables = sqlite.db
        .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name")
        .all() as { name: string }[];
      return tables
        .map((t) => JSON.stringify(sqlite.db.prepare(`SELECT * FROM "${t.name}" ORDER BY id`).all()))
        .join('\n');
    },
    close() {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** A fresh, valid request id. */
export function rid(): string {
  counter++;
  return `req-${Date.now().toString(36)}-${counter.toString(36).padStart(4, '0')}`;
}
