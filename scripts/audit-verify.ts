/**
 * `npm run audit:verify`: walks every audit chain in `.data/laomo.db` (or LAOMO_DATA_DIR) and
 * names the first broken entry of each broken chain. Exit code 1 when any chain is broken.
 */
import path from 'node:path';
import { verifyAllChains } from '../cloudfunctions/_platform/audit-verify';
import { DECLARATION } from '../cloudfunctions/_platform/collections';
import { openSqliteStore } from '../cloudfunctions/_platform/store/sqlite.adapter';
import { ROOT } from './build-stale';

async function main(): Promise<void> {
  const file = path.join(process.env.LAOMO_DATA_DIR ?? path.join(ROOT, '.data'), 'laomo.db');
  const store = openSqliteStore({ file, declaration: DECLARATION });
  const report = await verifyAllChains(store, DECLARATION);
  store.close();
  console.log(`Checked ${report.records} records and ${report.entries} audit entries in ${path.relative(ROOT, file)}.`);
  for (const p of report.problems) console.log(`BROKEN ${p.recordKey} at entry ${p.seq}: ${p.problem}`);
  if (report.problems.length > 0) process.exit(1);
  console.log('Every chain is intact.');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
