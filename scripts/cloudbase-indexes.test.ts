import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderIndexDoc } from './cloudbase-indexes';

it('docs/cloudbase-indexes.md matches the store declaration', () => {
  expect(readFileSync(path.resolve(__dirname, '..', 'docs', 'cloudbase-indexes.md'), 'utf8')).toBe(renderIndexDoc());
});
