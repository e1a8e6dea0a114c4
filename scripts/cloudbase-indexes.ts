/**
 * Renders `docs/cloudbase-indexes.md` from the store declaration: the collections and indexes to
 * create in the CloudBase console (the SQLite schema derives from the same declaration).
 * `npx tsx scripts/cloudbase-indexes.ts --write` rewrites the file; a test keeps it in sync.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DECLARATION } from '../cloudfunctions/_platform/collections';

export function renderIndexDoc(): string {
  const rows = DECLARATION.map((c) => {
    const indexes = c.indexes.length ? c.indexes.map((ix) => `\`${ix.join(' + ')}\``).join('<br>') : '(by id only)';
    return `| \`${c.name}\` | ${indexes} | ${c.audited ? 'yes' : ''} |`;
  });
  return [
    '# CloudBase collections and indexes',
    '',
    'Generated from `cloudfunctions/_platform/collections.ts` by `npx tsx scripts/cloudbase-indexes.ts --write`.',
    'Create each collection in the CloudBase console (database permission: only cloud functions may read and write),',
    'and each index as an ascending compound index on the listed fields. A query on any other field is refused by',
    'the store adapters, so production never scans.',
    '',
    '| collection | indexes | audited (hash chain) |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (require.main === module && process.argv.includes('--write')) {
  writeFileSync(path.resolve(__dirname, '..', 'docs', 'cloudbase-indexes.md'), renderIndexDoc());
}
