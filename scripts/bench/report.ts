/**
 * The benchmark's result model and its two renderings: `docs/benchmarks.md` (a table per group:
 * figure, value, floor, ratio, budget, pass) and the terminal summary. Pure: no I/O.
 */
import { formatBytes, formatCount, formatMs, formatRatio, markdownTable, textTable } from './stats';

export type Unit = 'bytes' | 'ms' | 'rps' | 'count';

/**
 * What a budget limits. `--check` fails on `timing` budgets (the issue's rule) and on `count` budgets
 * (deterministic counts: database reads of a notice view, I/O at module load); `bytes` budgets are
 * reported here and asserted by tests.
 */
export type BudgetKind = 'timing' | 'bytes' | 'count';

/** The budget kinds `npm run bench -- --check` enforces. */
export const CHECKED_KINDS: readonly BudgetKind[] = ['timing', 'count'];

export interface Budget {
  text: string;
  kind: BudgetKind;
  pass: boolean;
}

export interface Floor {
  label: string;
  value: number | null;
  /** Defaults to the row's unit. */
  unit?: Unit;
}

export interface Row {
  figure: string;
  unit: Unit;
  /** null for a pending row (a feature that does not exist yet): never a made-up figure. */
  value: number | null;
  floor?: Floor;
  ratio?: number | null;
  budget?: Budget;
  /** Set when the thing measured does not exist yet: `issue 4 (notices)`. */
  pending?: string;
  /** Set when the measurement itself failed (e.g. the action replied with an error): no figure. */
  error?: string;
  note?: string;
}

export interface ExtraTable {
  title: string;
  head: string[];
  rows: string[][];
  align?: ('l' | 'r')[];
}

export interface Group {
  /** `size`, `coldstart`, `handlers`, `http`, `setdata`, `h5`, `memory`. */
  id: string;
  n: number;
  title: string;
  /** How it was measured, one paragraph per entry. */
  method: string[];
  rows: Row[];
  extra?: ExtraTable[];
  /** Findings and explanations, e.g. why a budget is out of reach. */
  notes?: string[];
  /** Set when the group could not run; its rows are then empty. */
  error?: string;
  seconds: number;
  /** One line for the README: the group's headline figures (set when the group measured something). */
  headline?: string;
  /** Set by the run: which kind of run measured this group, and when (a partial run may merge groups). */
  mode?: 'full' | 'quick';
  ranAt?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  loadAverageStart: number[];
  loadAverageEnd?: number[];
}

export interface Report {
  mode: 'full' | 'quick';
  startedAt: string;
  seconds: number;
  command: string;
  machine: Machine;
  groups: Group[];
}

export function formatValue(unit: Unit, value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'bytes':
      return Math.abs(value) < 1024 ? `${Math.round(value)} B` : `${formatBytes(value)} (${formatCount(value)} B)`;
    case 'ms':
      return formatMs(value);
    case 'rps':
      return `${formatCount(value)}/s`;
    case 'count':
      return Number.isInteger(value) ? formatCount(value) : value.toFixed(2);
  }
}

function floorCell(row: Row): string {
  if (!row.floor) return '—';
  return `${formatValue(row.floor.unit ?? row.unit, row.floor.value)} (${row.floor.label})`;
}

export function passCell(row: Row): string {
  if (row.pending) return 'pending';
  if (row.error) return 'error';
  if (!row.budget) return '—';
  return row.budget.pass ? 'pass' : '**FAIL**';
}

export function rowCells(row: Row): string[] {
  if (row.pending) return [row.figure, `pending: ${row.pending}`, '—', '—', row.budget?.text ?? '—', 'pending'];
  if (row.error) return [row.figure, `error: ${row.error}`, '—', '—', row.budget?.text ?? '—', 'error'];
  return [
    row.note ? `${row.figure} — ${row.note}` : row.figure,
    formatValue(row.unit, row.value),
    floorCell(row),
    formatRatio(row.ratio),
    row.budget?.text ?? '—',
    passCell(row),
  ];
}

const HEAD = ['figure', 'value', 'floor', 'ratio', 'budget', 'pass'];

export interface Failure {
  group: string;
  figure: string;
  kind: BudgetKind;
  value: string;
  budget: string;
}

export function failures(report: Pick<Report, 'groups'>): Failure[] {
  return report.groups.flatMap((g) =>
    g.rows
      .filter((r) => !r.pending && !r.error && r.budget && !r.budget.pass)
      .map((r) => ({
        group: `${g.n}. ${g.title}`,
        figure: r.figure,
        kind: r.budget!.kind,
        value: formatValue(r.unit, r.value),
        budget: r.budget!.text,
      })),
  );
}

export function budgetCount(report: Pick<Report, 'groups'>): number {
  return report.groups.reduce((n, g) => n + g.rows.filter((r) => !r.pending && !r.error && r.budget).length, 0);
}

function gib(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const fails = failures(report);
  const date = report.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Generated by \`${report.command}\` (${report.mode} run, ${Math.round(report.seconds)} s) on ${date}. ` +
      'Do not edit by hand: rerun the benchmark. The same figures are in the JSON file beside this one.',
  );
  out.push('');
  out.push(
    'Every figure is set against a floor measured in the same run, because the machine is shared and ' +
      'absolute times drift; the ratio is figure ÷ floor. Nothing here is a timed test: timing budgets (and ' +
      'count budgets, such as database reads) are checked by `npm run bench -- --check`. A row for a feature ' +
      'that does not exist yet says ' +
      '“pending” and carries no figure.',
  );
  out.push('');
  out.push('## Machine');
  out.push('');
  const m = report.machine;
  out.push(
    markdownTable(
      ['', ''],
      [
        ['CPU', m.cpu],
        ['cores', String(m.cores)],
        ['memory', gib(m.memoryBytes)],
        ['Node', m.node],
        ['OS', m.os],
        [
          'load average (1, 5, 15 min)',
          `${m.loadAverageStart.map((x) => x.toFixed(2)).join(', ')} at the start` +
            (m.loadAverageEnd ? `; ${m.loadAverageEnd.map((x) => x.toFixed(2)).join(', ')} at the end` : ''),
        ],
        ['date', date],
      ],
    ),
  );
  out.push('');
  out.push('## How to rerun');
  out.push('');
  out.push('```bash');
  out.push('npm run bench                      # full run (< 10 min once built); writes docs/benchmarks.{md,json}');
  out.push('npm run bench -- --quick           # fewer runs, shorter loads (< 2 min); writes .bench-cache/last-run.*');
  out.push('npm run bench -- --check           # exit 1 when a timing or count budget fails (with --quick too)');
  out.push('npm run bench -- --only handlers   # one group: size coldstart handlers http setdata h5 memory (or 1–7)');
  out.push('npm run bench -- --quick --write   # also write docs/ from a quick or partial run');
  out.push('```');
  out.push('');
  out.push(
    'The client builds are rebuilt when their sources changed (`scripts/build-stale.ts`); the one-page Taro ' +
      'floor app, the large seeded database and the import workbook are built once into `.bench-cache/` and ' +
      'rebuilt when what they depend on changes. Needs Debian’s `chromium` for group 6.',
  );
  out.push('');
  out.push('## Budgets');
  out.push('');
  out.push(`${budgetCount(report)} budgets checked, ${fails.length} failed.`);
  if (fails.length) {
    out.push('');
    for (const f of fails)
      out.push(`- **${f.group}**: ${f.figure} is ${f.value}, budget ${f.budget} (${f.kind}; see the group’s notes)`);
  }
  out.push('');
  for (const g of report.groups) {
    out.push(`## ${g.n}. ${g.title}`);
    out.push('');
    for (const p of g.method) {
      out.push(p);
      out.push('');
    }
    if (g.error) {
      out.push(`**The group could not run:** ${g.error}`);
      out.push('');
    }
    if (g.rows.length) {
      out.push(markdownTable(HEAD, g.rows.map(rowCells), ['l', 'r', 'r', 'r', 'l', 'l']));
      out.push('');
    }
    for (const t of g.extra ?? []) {
      out.push(`${t.title}:`);
      out.push('');
      out.push(markdownTable(t.head, t.rows, t.align));
      out.push('');
    }
    for (const n of g.notes ?? []) {
      out.push(`- ${n}`);
    }
    if (g.notes?.length) out.push('');
    const when =
      g.ranAt && g.ranAt !== report.startedAt ? `, ${g.ranAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
    out.push(`<sub>Measured in ${g.seconds.toFixed(1)} s (${g.mode ?? report.mode} run${when}).</sub>`);
    out.push('');
  }
  const pending = report.groups.flatMap((g) => g.rows.filter((r) => r.pending).map((r) => ({ g, r })));
  if (pending.length) {
    out.push('## Pending');
    out.push('');
    out.push('Rows kept in the tables with no figure until the feature they measure lands:');
    out.push('');
    for (const { g, r } of pending) out.push(`- ${g.n}. ${r.figure}: ${r.pending}`);
    out.push('');
  }
  return out.join('\n');
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/** The README's benchmark block: the groups' headlines, from the same report as docs/benchmarks.md. */
export function renderReadmeBlock(report: Report): string {
  const date = report.startedAt.slice(0, 10);
  const fails = failures(report);
  const lines = [
    README_START,
    `From \`docs/benchmarks.md\` (${report.mode} run, ${date}, ${report.machine.cores} × ${report.machine.cpu}, ` +
      `Node ${report.machine.node}; a shared machine, so read the ratios):`,
    '',
    ...report.groups.map((g) => `- ${g.n}. ${g.headline ?? (g.error ? `could not run: ${g.error}` : g.title)}`),
    '',
    `${budgetCount(report)} budgets checked, ${fails.length} failed` +
      (fails.length ? ` (see \`docs/benchmarks.md\` for each, and why).` : '.'),
    README_END,
  ];
  return lines.join('\n');
}

/** Replaces the README's block between the markers; returns null when the README has none. */
export function replaceReadmeBlock(readme: string, block: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start) + block + readme.slice(end + README_END.length);
}

/** The terminal rendering of one group. */
export function renderText(g: Group): string {
  const lines = [`${g.n}. ${g.title} (${g.seconds.toFixed(1)} s)`];
  if (g.error) lines.push(`   ERROR: ${g.error}`);
  if (g.rows.length) lines.push(textTable(HEAD, g.rows.map(rowCells)).replace(/\*\*/g, ''));
  return lines.join('\n');
}
