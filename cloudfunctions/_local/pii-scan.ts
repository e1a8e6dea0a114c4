/**
 * A strict scanner for personal data in a reply (a JSON value): mainland mobile and landline numbers,
 * 18-character ID numbers (17 digits and a check character), given birth dates in every usual
 * spelling, and given identities (objectors' names, phones, contacts: exact text). A phone number is
 * allowed only at a whitelisted path (e.g. a notice's objection office) and only when it is one of
 * the allowed values. Test code only (local runtime): it never ships.
 */

export type PiiKind = 'mobile' | 'landline' | 'idNumber' | 'birthDate' | 'identity';

export interface PiiFinding {
  /** `items.0.office.phone` */
  path: string;
  kind: PiiKind;
  match: string;
}

export interface PiiScanOptions {
  /** `YYYY-MM-DD` dates that must never appear (nominees' birth dates). */
  birthDates?: readonly string[];
  /** Exact strings that must never appear (objector names, phones, contacts); shorter than 2 characters are ignored. */
  identities?: readonly string[];
  /** Paths where a phone number is allowed, and the only phone values allowed there. */
  allowPhones?: { path: RegExp; values: readonly string[] };
}

const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g;
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)\s?|0\d{2,3}[-\s]?)\d{7,8}(?!\d)/g;
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;
/**
 * Random ids and hashes (24 or more hex characters: ids, audit chain heads, openid hashes) and ISO
 * instants hold digit runs that are neither: skipped whole. (A hash's digits vary from run to run,
 * so scanning them would make the scan flaky, not stricter.)
 */
const RANDOM_ID = /^[0-9a-f]{24,}$/;

/** Whether an 18-character number carries a valid GB 11643 check character (reported, not required). */
export function hasIdChecksum(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

/** Every spelling of a date a page or an export might use. */
export function dateSpellings(date: string): string[] {
  const [y, m, d] = date.split('-');
  const mi = String(Number(m));
  const di = String(Number(d));
  return [
    `${y}-${m}-${d}`,
    `${y}/${m}/${d}`,
    `${y}.${m}.${d}`,
    `${y}${m}${d}`,
    `${y}年${m}月${d}日`,
    `${y}年${mi}月${di}日`,
    `${y}-${mi}-${di}`,
    `${y}/${mi}/${di}`,
  ];
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

export function scanForPii(value: unknown, opts: PiiScanOptions = {}): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const dates = (opts.birthDates ?? []).flatMap(dateSpellings);
  const identities = (opts.identities ?? []).filter((s) => [...s].length >= 2);
  const allowed = new Set((opts.allowPhones?.values ?? []).map(digitsOf));

  const visit = (v: unknown, path: string[]): void => {
    if (v === null || v === undefined || typeof v === 'boolean') return;
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, [...path, String(i)]));
    if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        // A key can carry data too (a record keyed by phone).
        scanText(k, [...path, '(key)']);
        visit(x, [...path, k]);
      }
      return;
    }
    scanText(String(v), path);
  };

  const scanText = (text: string, pathParts: string[]): void => {
    const path = pathParts.join('.');
    if (RANDOM_ID.test(text)) return;
    const phoneAllowed = (m: string) =>
      opts.allowPhones !== undefined && opts.allowPhones.path.test(path) && allowed.has(digitsOf(m));
    for (const m of text.match(MOBILE) ?? []) if (!phoneAllowed(m)) findings.push({ path, kind: 'mobile', match: m });
    for (const m of text.match(LANDLINE) ?? [])
      if (!phoneAllowed(m)) findings.push({ path, kind: 'landline', match: m });
    for (const m of text.match(ID_NUMBER) ?? []) findings.push({ path, kind: 'idNumber', match: m });
    for (const d of dates) if (text.includes(d)) findings.push({ path, kind: 'birthDate', match: d });
    for (const s of identities) if (text.includes(s)) findings.push({ path, kind: 'identity', match: s });
  };

  visit(value, []);
  return findings;
}
