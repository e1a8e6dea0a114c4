/**
 * Composes the whole local product: SQLite store, local adapters, every function's factory,
 * demo seed, setup code, and the runner. `npm start`, the end-to-end tests and the benchmark
 * all start Laomo through this one function.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { zhCN } from 'zod/v4/locales';
import type { FunctionHandler } from '../_platform/entry';
import type { Logger } from '../_platform/ports';
import { issueSetupCode } from '../identity/setup.service';
import { loadFunctionConfigs } from './configs';
import { FUNCTION_FACTORIES } from './functions';
import { localPorts, SettableClock } from './local.ports';
import { startRunner, type Runner } from './runner';
import { DEMO_PERSONA_LIST, seedDemo } from './seed';

z.config(zhCN());

export interface LocalAppOptions {
  dataDir: string;
  host?: string;
  port?: number;
  h5Dir?: string;
  reset?: boolean;
  testMode?: boolean;
  timers?: boolean;
  logger?: Logger;
}

export interface LocalApp {
  runner: Runner;
  ports: ReturnType<typeof localPorts>;
  clock: SettableClock;
  functions: Record<string, FunctionHandler>;
  seeded: boolean;
  setupCode: string | null;
  close(): Promise<void>;
}

export async function startLocalApp(opts: LocalAppOptions): Promise<LocalApp> {
  if (opts.reset) {
    rmSync(path.join(opts.dataDir, 'laomo.db'), { force: true });
    rmSync(path.join(opts.dataDir, 'laomo.db-wal'), { force: true });
    rmSync(path.join(opts.dataDir, 'laomo.db-shm'), { force: true });
    rmSync(path.join(opts.dataDir, 'files'), { recursive: true, force: true });
  }
  const clock = new SettableClock();
  const ports = localPorts({
    dataDir: opts.dataDir,
    clock,
    publicUrl: process.env.LAOMO_PUBLIC_URL ?? `http://${opts.host ?? '127.0.0.1'}:${opts.port ?? 8080}`,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const seeded = await seedDemo(ports, { openNotice: true });
  const setupCode = await issueSetupCode(ports, 'district');
  const functions = Object.fromEntries(Object.entries(FUNCTION_FACTORIES).map(([name, make]) => [name, make(ports)]));
  const runner = await startRunner({
    ports,
    clock,
    functions,
    configs: loadFunctionConfigs(),
    personas: DEMO_PERSONA_LIST,
    host: opts.host ?? '127.0.0.1',
    port: opts.port ?? 8080,
    ...(opts.h5Dir ? { h5Dir: opts.h5Dir } : {}),
    testMode: opts.testMode ?? false,
    timers: opts.timers ?? true,
  });
  return {
    runner,
    ports,
    clock,
    functions,
    seeded,
    setupCode,
    async close() {
      await runner.close();
      await ports.store.close?.();
    },
  };
}
