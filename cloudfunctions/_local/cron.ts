/**
 * CloudBase timer triggers use a 7-field cron: second minute hour day-of-month month
 * day-of-week year. Supports `*`, `*\/n`, `a-b`, `a-b/n`, lists and numbers.
 */
const RANGES: [number, number][] = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
  [1970, 2199],
];

function parseField(field: string, [lo, hi]: [number, number]): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    let from = lo;
    let to = hi;
    if (range !== '*') {
      const [a, b] = range!.split('-');
      from = Number(a);
      to = b !== undefined ? Number(b) : stepText ? hi : from;
    }
    if (![from, to, step].every(Number.isInteger) || step < 1 || from < lo || to > hi) {
      throw new Error(`bad cron field "${field}"`);
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export function parseCron7(expr: string): (d: Date) => boolean {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 7) throw new Error(`a CloudBase cron has 7 fields: "${expr}"`);
  const sets = fields.map((f, i) => parseField(f, RANGES[i]!));
  // Asia/Shanghai has no DST: shift by a fixed 8 hours to read local fields.
  return (d) => {
    const t = new Date(d.getTime() + 8 * 3600_000);
    const parts = [
      t.getUTCSeconds(),
      t.getUTCMinutes(),
      t.getUTCHours(),
      t.getUTCDate(),
      t.getUTCMonth() + 1,
      t.getUTCDay(),
      t.getUTCFullYear(),
    ];
    return parts.every((v, i) => sets[i]!.has(v));
  };
}
