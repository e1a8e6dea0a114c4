/** Starts `runner-child.ts` in its own node process and waits for its URL. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT, tsxNodeArgs } from './common';

export interface RunnerChild {
  url: string;
  pid: number;
  /** stderr so far (the runner logs errors there). */
  stderr(): string;
  stop(): Promise<void>;
}

/** `env`: added to the child's environment (runner-child.ts reads `LAOMO_BENCH_NOW`, `LAOMO_BENCH_FILERS`). */
export function startRunnerChild(
  dataDir: string,
  h5Dir?: string,
  timeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<RunnerChild> {
  const args = tsxNodeArgs(path.join(__dirname, 'runner-child.ts'), [dataDir, ...(h5Dir ? [h5Dir] : [])]);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => {
    err = (err + c.toString('utf8')).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the runner child did not start within ${timeoutMs} ms: ${err.slice(-2000)}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the runner child exited (${code}) before listening: ${err.slice(-2000)}`));
    });
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      const { url, pid } = JSON.parse(line) as { url: string; pid: number };
      resolve({ url, pid, stderr: () => err, stop });
    });
  });
}
