/** The scanner itself: it must catch every leak the public-reply scan relies on, and allow only the whitelist. */
import { dateSpellings, hasIdChecksum, scanForPii } from './pii-scan';

const kinds = (value: unknown, opts = {}) => scanForPii(value, opts).map((f) => `${f.kind}@${f.path}`);

describe('the PII scanner', () => {
  it('finds mainland mobile numbers, however written, anywhere in a reply (keys too)', () => {
    expect(kinds({ a: '请联系13800001111' })).toEqual(['mobile@a']);
    expect(kinds({ a: ['x', { b: '电话：138 0000 1111' }] })).toEqual(['mobile@a.1.b']);
    expect(kinds({ a: '+86-13800001111' })).toEqual(['mobile@a']);
    expect(kinds({ a: 13800001111 })).toEqual(['mobile@a']);
    expect(kinds({ '13800001111': true })).toEqual(['mobile@(key)']);
    // Not a phone: a longer digit run, a timestamp, a masked number.
    expect(kinds({ a: '138000011112', t: '2026-11-30T01:37:11.000Z', m: '138****1111', n: 1796001837832 })).toEqual([]);
  });

  it('finds landlines with an area code', () => {
    expect(kinds({ a: '010-12345678' })).toEqual(['landline@a']);
    expect(kinds({ a: '(0571)8765432' })).toEqual(['landline@a']);
    expect(kinds({ a: '0755 87654321' })).toEqual(['landline@a']);
  });

  it('finds 18-character ID numbers, valid check character or not', () => {
    expect(hasIdChecksum('110105198503120020')).toBe(true);
    expect(hasIdChecksum('110105198503120021')).toBe(false);
    expect(kinds({ a: '身份证110105198503120020' })).toEqual(['idNumber@a']);
    expect(kinds({ a: '11010119900101123X' })).toEqual(['idNumber@a']);
    expect(kinds({ a: '110105198503120021' })).toEqual(['idNumber@a']);
    expect(kinds({ masked: '110***********1234' })).toEqual([]);
  });

  it('finds a given birth date in every usual spelling, and nothing for other dates', () => {
    expect(dateSpellings('1985-03-12')).toContain('1985年3月12日');
    for (const s of ['1985-03-12', '1985年3月12日', '19850312', '1985/3/12', '出生于1985.03.12'])
      expect(kinds({ a: s }, { birthDates: ['1985-03-12'] })).toEqual(['birthDate@a']);
    expect(kinds({ a: '1985-03-13' }, { birthDates: ['1985-03-12'] })).toEqual([]);
  });

  it('finds an objector identity (exact text)', () => {
    expect(kinds({ a: '异议人：林晓峰' }, { identities: ['林晓峰', '13700001111'] })).toEqual(['identity@a']);
  });

  it('allows a phone only at a whitelisted path and only when it is an allowed value', () => {
    const opts = { allowPhones: { path: /(^|\.)office\.phone$/, values: ['010-12345678'] } };
    expect(kinds({ notice: { office: { phone: '010-12345678' } } }, opts)).toEqual([]);
    expect(kinds({ notice: { office: { phone: '010-87654321' } } }, opts)).toEqual(['landline@notice.office.phone']);
    expect(kinds({ notice: { office: { name: '010-12345678' } } }, opts)).toEqual(['landline@notice.office.name']);
    expect(kinds({ notice: { office: { phone: '010-12345678 或 13800001111' } } }, opts)).toEqual([
      'mobile@notice.office.phone',
    ]);
  });

  it('skips 32-hex random ids, whose digit runs are neither phones nor ID numbers', () => {
    expect(kinds({ id: '01380000111122223333444455556666' })).toEqual([]);
    expect(kinds({ id: 'user-13800001111' })).toEqual(['mobile@id']);
  });

  it('skips audit chain heads and other hex hashes, whose digit runs change from run to run', () => {
    // A sha256 head with a run of ten digits starting with 0 (the shape of a landline without separators).
    const head = `ab${'0123456789'}cdef${'e'.repeat(48)}`;
    expect(head).toHaveLength(64);
    expect(kinds({ auditHead: head })).toEqual([]);
    expect(kinds({ note: `电话 ${'0123456789'}` })).toEqual(['landline@note']);
  });
});
