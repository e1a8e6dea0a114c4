/**
 * The local runner in its own process, for group 4 (its memory is read from /proc by the parent)
 * and group 6. Run as `node --import tsx runner-child.ts <dataDir> [h5Dir]`; prints one JSON line
 * `{ "url": …, "pid": … }` once listening, and runs until killed.
 */
import { startLocalApp } from '../../cloudfunctions/_local/local-app';

async function main(): Promise<void> {
  const [dataDir, h5Dir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: runner-child.ts <dataDir> [h5Dir]');
  const app = await startLocalApp({
    dataDir,
    port: 0,
    ...(h5Dir ? { h5Dir } : {}),
    timers: false,
    testMode: false,
    logger: { error: (m, f) => console.error(JSON.stringify({ m, ...f })), info: () => undefined },
  });
  process.stdout.write(`${JSON.stringify({ url: app.runner.url, pid: process.pid })}\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
