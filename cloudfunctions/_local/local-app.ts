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
import { startRunner, type Persona, type Runner } from './runner';
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
  /** Personas the runner accepts besides the demo's (the benchmark's callers: a different person per request). */
  extraPersonas?: Persona[];
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
  let runnerUrl = `http://${opts.host ?? '127.0.0.1'}:${opts.port ?? 8080}`;
  const ports = localPorts({
    dataDir: opts.dataDir,
    clock,
    // The runner's own address once it listens (port 0 picks one), unless LAOMO_PUBLIC_URL says otherwise.
    publicUrl: () => process.env.LAOMO_PUBLIC_URL ?? runnerUrl,
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const functions = Object.fromEntries(Object.entries(FUNCTION_FACTORIES).map(([name, make]) => [name, make(ports)]));
  const runner = await startRunner({
    ports,
    clock,
    functions,
    configs: loadFunctionConfigs(),
    personas: opts.extraPersonas ? [...DEMO_PERSONA_LIST, ...opts.extraPersonas] : DEMO_PERSONA_LIST,
    host: opts.host ?? '127.0.0.1',
    port: opts.port ?? 8080,
    ...(opts.h5Dir ? { h5Dir: opts.h5Dir } : {}),
    testMode: opts.testMode ?? false,
    timers: opts.timers ?? true,
  });
  runnerUrl = runner.url;
  // Seeded once the runner listens, so the demo notice's poster code carries the real address.
  const seeded = await seedDemo(ports, { openNotice: true });
  const setupCode = await issueSetupCode(ports, 'district');
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
