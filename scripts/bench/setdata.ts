/**
 * Group 5: `setData` bytes per interaction on the weapp build under miniprogram-simulate. The
 * measuring is done by jest tests in the `weapp` project (the harness needs jsdom); this runs them
 * with `LAOMO_BENCH_OUT` and reads the figures they write.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildClient, CACHE, nowMs, ROOT, type BenchContext } from './common';
import type { Group, Row } from './report';
import { formatBytes, ratio } from './stats';

const KB = 1024;
export const FIRST_RENDER_BUDGET = 48 * KB;
export const APPEND_BUDGET = 16 * KB;
export const INTERACTION_BUDGET = 2 * KB;
const TESTS = [
  'client/weapp-setdata.simulate.test.ts',
  'client/weapp-setdata-floor.simulate.test.ts',
  'client/weapp-setdata-objection.simulate.test.ts',
  'client/weapp-setdata-like.simulate.test.ts',
];

interface Measured {
  bytes: number;
  calls: number;
  detail: string[];
}

export async function runSetData(ctx: BenchContext): Promise<Group> {
  const started = nowMs();
  buildClient('weapp');
  const out = path.join(CACHE, 'setdata');
  rmSync(out, { recursive: true, force: true });
  ctx.log('  jest (weapp project): the setData tests…');
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--selectProjects',
      'weapp',
      '--runTestsByPath',
      ...TESTS,
    ],
    { cwd: ROOT, env: { ...process.env, LAOMO_BENCH_OUT: out }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const read = (name: string) => {
    const file = path.join(out, `${name}.json`);
    if (!existsSync(file)) {
      const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(`the setData tests wrote no ${name}.json (jest exit ${r.status}):\n${tail}`);
    }
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Measured>;
  };
  const home = read('home');
  const empty = read('home-empty');
  const first = home.firstRender!;
  const append = home.appendPage!;
  const floor = empty.firstRender!;
  const tenCards = first.bytes - floor.bytes;
  const objection = read('objection');
  const formFirst = objection.firstRender!;
  const keystroke = objection.keystroke!;
  const likeFigures = read('like');
  const storyFirst = likeFigures.firstRender!;
  const like = likeFigures.like!;

  const rows: Row[] = [
    {
      figure: 'first render of home (skeleton, then 10 stories)',
      unit: 'bytes',
      value: first.bytes,
      floor: { label: 'home on an empty reply', value: floor.bytes },
      ratio: ratio(first.bytes, floor.bytes),
      budget: { text: '≤ 48 KB', kind: 'bytes', pass: first.bytes <= FIRST_RENDER_BUDGET },
      note: `${first.calls} setData calls`,
    },
    {
      figure: 'appending a page of 10 stories (reach bottom)',
      unit: 'bytes',
      value: append.bytes,
      floor: { label: '10 cards in the first render', value: tenCards },
      ratio: ratio(append.bytes, tenCards),
      budget: { text: '≤ 16 KB', kind: 'bytes', pass: append.bytes <= APPEND_BUDGET },
      note: `${append.calls} setData calls`,
    },
    {
      figure: 'a keystroke in the objection form (异议事实, one more character)',
      unit: 'bytes',
      value: keystroke.bytes,
      floor: { label: 'first render of the form', value: formFirst.bytes },
      ratio: ratio(keystroke.bytes, formFirst.bytes),
      budget: { text: '≤ 2 KB', kind: 'bytes', pass: keystroke.bytes <= INTERACTION_BUDGET },
      note: `${keystroke.calls} setData call${keystroke.calls === 1 ? '' : 's'}`,
    },
    {
      figure: 'a like (the story page’s like button)',
      unit: 'bytes',
      value: like.bytes,
      floor: { label: 'first render of the story page', value: storyFirst.bytes },
      ratio: ratio(like.bytes, storyFirst.bytes),
      budget: { text: '≤ 2 KB', kind: 'bytes', pass: like.bytes <= INTERACTION_BUDGET },
      note: `${like.calls} setData call${like.calls === 1 ? '' : 's'}`,
    },
  ];

  const notes: string[] = [];
  if (append.bytes > APPEND_BUDGET) {
    // The list's children re-sent as one path ending in `.cn`, before the new cards go out by index.
    const resent = /^\S+ \d+ B \[([^,]*\.cn)\]$/.test(append.detail[0] ?? '');
    notes.push(
      `Appending a page costs ${formatBytes(append.bytes)} against a budget of 16 KB (${append.calls} setData ` +
        'calls, in the table above). ' +
        (resent
          ? `The first call re-sends the list’s whole \`cn\` (${formatBytes(firstBytes(append.detail))}: the ten ` +
            'cards already shown) while the page loads, because the feed’s foot changes element type (`加载更多` ' +
            'is a View, `正在加载…` a Text, in `components/story-feed`): replacing the last child makes Taro send ' +
            'the parent’s children again; then the ten new cards go out by index ' +
            `(${formatBytes(lastBytes(append.detail))}). Within reach: keep the foot one element whose text ` +
            'changes, or render it outside the list container. '
          : '') +
        'The budget test in `client/weapp-setdata.simulate.test.ts` is marked `test.failing` until it passes.',
    );
  }
  return {
    headline:
      `setData on the weapp build: first render of home ${formatBytes(first.bytes)} (budget 48 KB), appending a page ` +
      `${formatBytes(append.bytes)} (budget 16 KB), a keystroke in the objection form ${formatBytes(keystroke.bytes)} ` +
      `and a like ${formatBytes(like.bytes)} (budget 2 KB each).`,
    id: 'setdata',
    n: 5,
    title: '`setData` bytes per interaction (weapp build, miniprogram-simulate)',
    method: [
      'The real `dist/weapp` build loaded in miniprogram-simulate by `client/test/weapp-harness.ts`, which records ' +
        'the UTF-8 bytes of `JSON.stringify` of every `setData` payload (page and Taro custom wrappers). The jest ' +
        `tests ${TESTS.map((t) => `\`${t}\``).join(', ')} feed 首页 a fake content function (ten stories and a ` +
        'cursor, then ten more; or nothing), or open 提出异议 (`public/pages/objection/index`, which calls nothing ' +
        'until it is submitted) and type into 异议事实 through an `input` event (the harness’s `input`, the same ' +
        'event path as a tap), or open a story (`reading/pages/story/index`) and tap its like button; they wait until setData is quiet for 60 ms, assert the byte budgets and, with ' +
        '`LAOMO_BENCH_OUT`, write these figures.',
      'Floor: the same page on an empty reply (page shell, header, empty state). For the append, the floor is what ' +
        'the ten cards cost in the first render (first render − floor). For the keystroke, the form’s own first ' +
        'render; the keystroke measured is the second (the first also marks the field touched, in the table). For the ' +
        'like, the story page’s first render. Byte ' +
        'counts are deterministic: these rows do not drift with the machine.',
    ],
    rows,
    extra: [
      {
        title: 'Each setData',
        head: ['interaction', 'setData calls (source, bytes, data paths)'],
        rows: [
          ['home on an empty reply', floor.detail.join('; ')],
          ['first render', first.detail.join('; ')],
          ['append a page', append.detail.join('; ')],
          ['objection form, first render', formFirst.detail.join('; ')],
          ['objection form, first keystroke (the field becomes touched)', objection.firstKeystroke!.detail.join('; ')],
          ['objection form, a keystroke', keystroke.detail.join('; ')],
          ['story page, first render', storyFirst.detail.join('; ')],
          ['a like', like.detail.join('; ')],
        ],
      },
    ],
    notes,
    seconds: (nowMs() - started) / 1000,
  };
}

/** The byte count of a `"<source> <bytes> B [...]"` entry. */
function bytesOf(entry: string | undefined): number {
  const m = / (\d+) B /.exec(entry ?? '');
  return m ? Number(m[1]) : Number.NaN;
}
const firstBytes = (detail: string[]) => bytesOf(detail[0]);
const lastBytes = (detail: string[]) => bytesOf(detail[detail.length - 1]);
