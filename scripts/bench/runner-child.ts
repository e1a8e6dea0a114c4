/**
 * The local runner in its own process, for group 4 (its memory is read from /proc by the parent)
 * and group 6. Run as `node --import tsx runner-child.ts <dataDir> [h5Dir]`; prints one JSON line
 * `{ "url": …, "pid": … }` once listening, and runs until killed.
 *
 * Group 4 also sets `LAOMO_BENCH_NOW` (an ISO instant: the runner's clock starts there and runs on,
 * so the seeded notices are open) and `LAOMO_BENCH_FILERS` (how many extra personas
 * `bench-filer-<n>` the runner accepts: each objection filing is a different person).
 */
import { startLocalApp } from '../../cloudfunctions/_local/local-app';

async function main(): Promise<void> {
  const [dataDir, h5Dir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: runner-child.ts <dataDir> [h5Dir]');
  const filers = Number(process.env.LAOMO_BENCH_FILERS ?? 0);
  const app = await startLocalApp({
    dataDir,
    port: 0,
    ...(h5Dir ? { h5Dir } : {}),
    timers: false,
    testMode: false,
    logger: { error: (m, f) => console.error(JSON.stringify({ m, ...f })), info: () => undefined },
    ...(filers > 0
      ? {
          extraPersonas: Array.from({ length: filers }, (_, n) => ({
            openid: `bench-filer-${n}`,
            label: `公众 ${n}`,
            description: '基准测试：提出异议的公众',
          })),
        }
      : {}),
  });
  if (process.env.LAOMO_BENCH_NOW) app.clock.set(new Date(process.env.LAOMO_BENCH_NOW));
  process.stdout.write(`${JSON.stringify({ url: app.runner.url, pid: process.pid })}\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
