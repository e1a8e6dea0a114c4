/**
 * `npm start`: builds what is stale, creates and migrates `.data/laomo.db`, seeds the demo data
 * the first time, serves the H5 app and the functions on http://127.0.0.1:8080 (PORT, HOST
 * override), and prints the URL, the personas and the setup code.
 * Flags: --reset (rebuild the demo database), --test-mode (settable clock; loopback only),
 * --no-build (serve whatever dist/h5 holds).
 */
import path from 'node:path';
import { startLocalApp } from '../cloudfunctions/_local/local-app';
import { DEMO_INVITATION_CODE, DEMO_PERSONA_LIST } from '../cloudfunctions/_local/seed';
import { buildH5IfStale, ROOT } from './build-stale';

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) buildH5IfStale();
  const dataDir = process.env.LAOMO_DATA_DIR ?? path.join(ROOT, '.data');
  const db = path.relative(ROOT, path.join(dataDir, 'laomo.db'));
  const app = await startLocalApp({
    dataDir,
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 8080),
    h5Dir: path.join(ROOT, 'dist', 'h5'),
    reset: args.has('--reset'),
    testMode: args.has('--test-mode'),
  });
  const lines = [
    '',
    `  劳模 Laomo is running at ${app.runner.url}`,
    app.seeded ? `  Demo data seeded into ${db}` : `  Using the existing ${db} (npm start -- --reset rebuilds it)`,
    '',
    '  Personas (switch in 我的 → 切换演示身份, local mode only):',
    ...DEMO_PERSONA_LIST.map((p) => `    ${p.label.padEnd(10, '　')} ${p.description}`),
    '',
    `  Demo invitation code (grassroots cadre of 东湖社区卫生服务中心工会): ${DEMO_INVITATION_CODE}`,
    app.setupCode
      ? `  One-time setup code for the first district cadre: ${app.setupCode}`
      : '  Setup is done (a district cadre exists through the setup code).',
    '',
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
