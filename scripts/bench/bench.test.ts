/** The benchmark's pure helpers: statistics, formatting, tables, package split, floors, options. */
import * as z from 'zod/mini';
import { objectionActions } from '../../shared/actions/objection.schema';
import { minimalOf } from './floor';
import { parseArgs } from './options';
import {
  CHECKED_KINDS,
  failures,
  formatValue,
  README_END,
  README_START,
  renderMarkdown,
  replaceReadmeBlock,
  rowCells,
  type Report,
} from './report';
import { splitPackages, subpackageRoots } from './size';
import { benchObjectionInput, REVIEW_POOL } from './seed-selection';
import {
  displayWidth,
  formatBytes,
  formatMs,
  formatRatio,
  markdownTable,
  median,
  percentile,
  ratio,
  sorted,
  summarize,
  textTable,
} from './stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('returns observed values: p50 and p99 of 1..100 are 50 and 99', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('handles one value, no value and a bad p', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('of 1000 samples, p99 is the 990th smallest (the 10 slowest are above it)', () => {
    const s = sorted(Array.from({ length: 1000 }, (_, i) => 1000 - i));
    expect(percentile(s, 99)).toBe(990);
  });

  it('sorts numerically, not as strings', () => {
    expect(sorted([10, 9, 100, 1])).toEqual([1, 9, 10, 100]);
  });
});

describe('median, summarize, ratio', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarize gives p50, p99, max and mean', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, p50: 2, p99: 4, max: 4, mean: 2.5 });
  });

  it('ratio is null when it means nothing', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(3, Number.NaN)).toBeNull();
  });
});

describe('formatting', () => {
  it('bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2 * 1024 * 1024)).toBe('2.00 MB');
  });

  it('milliseconds with a precision that fits', () => {
    expect(formatMs(0.0421)).toBe('0.042 ms');
    expect(formatMs(1.234)).toBe('1.23 ms');
    expect(formatMs(45.66)).toBe('45.7 ms');
    expect(formatMs(1234.4)).toBe('1234 ms');
    expect(formatMs(Number.NaN)).toBe('—');
  });

  it('ratios', () => {
    expect(formatRatio(1.234)).toBe('×1.23');
    expect(formatRatio(13.46)).toBe('×13.5');
    expect(formatRatio(null)).toBe('—');
  });

  it('values by unit', () => {
    expect(formatValue('bytes', 2048)).toBe('2.0 KB (2,048 B)');
    expect(formatValue('rps', 1234.6)).toBe('1,235/s');
    expect(formatValue('count', 3)).toBe('3');
    expect(formatValue('ms', null)).toBe('—');
  });
});

describe('tables', () => {
  it('a Markdown table escapes pipes and aligns numbers right', () => {
    expect(markdownTable(['a', 'n'], [['x | y', '1']], ['l', 'r'])).toBe(
      ['| a | n |', '| --- | ---: |', '| x \\| y | 1 |'].join('\n'),
    );
  });

  it('refuses a row of the wrong width', () => {
    expect(() => markdownTable(['a', 'b'], [['1']])).toThrow(/1 cells/);
  });

  it('a text table pads by display width (CJK counts two)', () => {
    expect(displayWidth('首页ab')).toBe(6);
    const t = textTable(['x', 'y'], [['首页', '1']]).split('\n');
    expect(t[0]).toBe('x     y');
    expect(t[2]).toBe('首页  1');
  });
});

describe('report', () => {
  const report: Report = {
    mode: 'quick',
    startedAt: '2026-05-01T00:00:00.000Z',
    seconds: 12,
    command: 'npm run bench -- --quick',
    machine: {
      cpu: 'cpu',
      cores: 2,
      memoryBytes: 2 * 1024 ** 3,
      node: 'v20',
      os: 'Linux',
      loadAverageStart: [1, 1, 1],
    },
    groups: [
      {
        id: 'handlers',
        n: 3,
        title: 'Handlers',
        method: ['How.'],
        rows: [
          {
            figure: 'home p99',
            unit: 'ms',
            value: 12,
            floor: { label: 'get', value: 2 },
            ratio: 6,
            budget: { text: '≤ 10 ms', kind: 'timing', pass: false },
          },
          {
            figure: 'notice',
            unit: 'ms',
            value: null,
            pending: 'issue 4',
            budget: { text: '≤ 10 ms', kind: 'timing', pass: false },
          },
          { figure: 'broken', unit: 'ms', value: null, error: 'INTERNAL' },
        ],
        seconds: 3,
      },
    ],
  };

  it('a row has figure, value, floor, ratio, budget and pass', () => {
    expect(rowCells(report.groups[0]!.rows[0]!)).toEqual([
      'home p99',
      '12.0 ms',
      '2.00 ms (get)',
      '×6.00',
      '≤ 10 ms',
      '**FAIL**',
    ]);
    expect(rowCells(report.groups[0]!.rows[1]!)).toEqual([
      'notice',
      'pending: issue 4',
      '—',
      '—',
      '≤ 10 ms',
      'pending',
    ]);
    expect(rowCells(report.groups[0]!.rows[2]!)[5]).toBe('error');
  });

  it('failures count measured rows only: never a pending or failed measurement', () => {
    expect(failures(report)).toEqual([
      { group: '3. Handlers', figure: 'home p99', kind: 'timing', value: '12.0 ms', budget: '≤ 10 ms' },
    ]);
  });

  it('the Markdown has the machine, how to rerun, a table per group and the pending list', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('## Machine');
    expect(md).toContain('npm run bench -- --quick');
    expect(md).toContain('## 3. Handlers');
    expect(md).toContain('| figure | value | floor | ratio | budget | pass |');
    expect(md).toContain('1 budgets checked, 1 failed.');
    expect(md).toMatch(/## Pending[\s\S]*notice: issue 4/);
  });
});

describe('package split', () => {
  it('main package is everything not under a subpackage root', () => {
    const roots = subpackageRoots({ subPackages: [{ root: 'reading/' }], subpackages: [{ root: 'cadre' }] });
    expect(roots).toEqual(['reading', 'cadre']);
    const sizes = splitPackages(
      [
        { path: 'app.js', bytes: 100 },
        { path: 'reading/pages/story/index.js', bytes: 10 },
        { path: 'readingx.js', bytes: 1 },
        { path: 'cadre/a.js', bytes: 5 },
      ],
      roots,
    );
    expect(sizes).toMatchObject({ main: 101, subpackages: { reading: 10, cadre: 5 }, total: 116 });
    expect(sizes.mainFiles.map((f) => f.path)).toEqual(['app.js', 'readingx.js']);
  });
});

describe('minimalOf (the floors’ replies)', () => {
  it('gives the smallest value a reply schema accepts', () => {
    const schema = z.object({
      id: z.string(),
      n: z.int(),
      ok: z.boolean(),
      tags: z.array(z.string()),
      maybe: z.optional(z.string()),
      next: z.nullable(z.string()),
      kind: z.enum(['a', 'b']),
      yes: z.literal(true),
      nested: z.object({ x: z.number() }),
    });
    const v = minimalOf(schema);
    expect(v).toEqual({ id: '', n: 0, ok: false, tags: [], next: null, kind: 'a', yes: true, nested: { x: 0 } });
    expect(schema.safeParse(v).success).toBe(true);
  });
});

describe('options', () => {
  it('parses flags and groups by name or number', () => {
    expect(parseArgs([])).toEqual({ quick: false, check: false, write: false, only: null });
    expect(parseArgs(['--quick', '--check', '--only', 'http,3'])).toMatchObject({
      quick: true,
      check: true,
      only: ['handlers', 'http'],
    });
    expect(parseArgs(['--only=size', '--only', 'memory']).only).toEqual(['size', 'memory']);
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--only', 'nope'])).toThrow(/unknown group/);
    expect(() => parseArgs(['--only'])).toThrow(/needs a group/);
  });
});

describe('the README block', () => {
  it('replaces what lies between the markers, and nothing when there are none', () => {
    const readme = `# x\n\n${README_START}\nold\n${README_END}\n\nafter\n`;
    expect(replaceReadmeBlock(readme, `${README_START}\nnew\n${README_END}`)).toBe(
      `# x\n\n${README_START}\nnew\n${README_END}\n\nafter\n`,
    );
    expect(replaceReadmeBlock('# no markers\n', 'x')).toBeNull();
  });
});

describe('the selection seed and its scenarios', () => {
  const targets: [string, string][] = [
    ['notice-a', 'nomination-1'],
    ['notice-a', 'nomination-2'],
    ['notice-b', 'nomination-3'],
  ];

  it('a bench filing is a valid objection.file input, a different phone each call, the same for the same n', () => {
    const a = benchObjectionInput(targets, 0);
    const b = benchObjectionInput(targets, 1);
    expect(objectionActions.file.input.safeParse(a).success).toBe(true);
    expect(objectionActions.file.input.safeParse(b).success).toBe(true);
    expect(a.objector.phoneCode).not.toBe(b.objector.phoneCode);
    expect(benchObjectionInput(targets, 0)).toEqual(a);
    expect(targets).toContainEqual([a.noticeId, a.nominationId]);
  });

  it('the review pool covers a full run: warm-up, 20 rounds of 100 and the diagnostic calls', () => {
    expect(REVIEW_POOL).toBeGreaterThanOrEqual(100 + 20 * 100 + 1000);
  });
});

describe('--check', () => {
  it('enforces timing and count budgets (database reads, I/O at load), not byte budgets', () => {
    expect([...CHECKED_KINDS].sort()).toEqual(['count', 'timing']);
  });
});
