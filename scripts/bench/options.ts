/** The benchmark's command line: pure, so it is unit-tested. */

/** The groups, in the order they run (issue 6 numbers them 1–7). */
export const GROUP_IDS = ['size', 'coldstart', 'handlers', 'http', 'setdata', 'h5', 'memory'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export interface Options {
  quick: boolean;
  check: boolean;
  write: boolean;
  /** null: every group. */
  only: GroupId[] | null;
}

const GROUP_HELP = `${GROUP_IDS.join(' ')} (or 1–${GROUP_IDS.length})`;

function groupOf(value: string): GroupId {
  const v = value.trim();
  const byNumber = /^\d+$/.test(v) ? GROUP_IDS[Number(v) - 1] : undefined;
  const id = byNumber ?? GROUP_IDS.find((g) => g === v);
  if (!id) throw new Error(`unknown group "${value}": ${GROUP_HELP}`);
  return id;
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = { quick: false, check: false, write: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') opts.quick = true;
    else if (a === '--check') opts.check = true;
    else if (a === '--write') opts.write = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a === '--only' ? argv[++i] : a.slice('--only='.length);
      if (!value) throw new Error(`--only needs a group: ${GROUP_HELP}`);
      const ids = value.split(',').map(groupOf);
      opts.only = GROUP_IDS.filter((g) => ids.includes(g) || opts.only?.includes(g));
    } else throw new Error(`unknown option ${a}; known: --quick --check --write --only <group>`);
  }
  return opts;
}
