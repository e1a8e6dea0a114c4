import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Codes people type: no 0/O or 1/I/L, grouped in fours. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function randomCode(): string {
  const bytes = randomBytes(12);
  let s = '';
  for (let i = 0; i < 12; i++) s += CODE_ALPHABET[bytes[i]! % CODE_ALPHABET.length];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

export function randomId(): string {
  return randomUUID().replace(/-/g, '');
}

/** Codes are stored only as hashes: the id of an invitation is the hash of its code. */
export function codeHash(code: string): string {
  const normalized = code.replace(/-/g, '').toUpperCase();
  return createHash('sha256').update(`laomo-code:${normalized}`).digest('hex').slice(0, 40);
}

export const systemRandom = { id: randomId, code: randomCode };
