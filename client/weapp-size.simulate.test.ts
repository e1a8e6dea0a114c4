/**
 * Byte budgets of the REAL production weapp build (`dist/weapp`, built by `npm test` first), as
 * WeChat packages it (issue 6): main package ≤ 600 KB, every subpackage ≤ 400 KB, total ≤ 1.5 MB.
 * Bytes are deterministic for a given source, so these are tests; `npm run bench` reports the same
 * figures against the framework floor.
 */
import { BUDGET_MAIN, BUDGET_SUBPACKAGE, BUDGET_TOTAL, measureBuild } from '../scripts/bench/size';
import { WEAPP_DIR } from './test/weapp-harness';

const sizes = measureBuild(WEAPP_DIR);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('the weapp build fits its byte budgets', () => {
  test(`main package ≤ ${kb(BUDGET_MAIN)} (is ${kb(sizes.main)})`, () => {
    expect(sizes.main).toBeLessThanOrEqual(BUDGET_MAIN);
  });

  test.each(Object.entries(sizes.subpackages))(`subpackage %s ≤ ${kb(BUDGET_SUBPACKAGE)}`, (_root, bytes) => {
    expect(bytes).toBeLessThanOrEqual(BUDGET_SUBPACKAGE);
  });

  test(`total ≤ ${kb(BUDGET_TOTAL)} (is ${kb(sizes.total)})`, () => {
    expect(sizes.total).toBeLessThanOrEqual(BUDGET_TOTAL);
  });

  test('every subpackage of app.json is measured', () => {
    expect(Object.keys(sizes.subpackages).sort()).toEqual(['cadre', 'public', 'reading', 'selection']);
  });
});
