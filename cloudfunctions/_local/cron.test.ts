import { parseCron7 } from './cron';

/** Builds an instant from Asia/Shanghai wall-clock fields. */
const shanghai = (y: number, mo: number, d: number, h: number, mi: number, s: number) =>
  new Date(Date.UTC(y, mo - 1, d, h - 8, mi, s));

describe('7-field cron (CloudBase timer triggers)', () => {
  it('refuses 5- and 6-field expressions and out-of-range values', () => {
    expect(() => parseCron7('*/5 * * * *')).toThrow(/7 fields/);
    expect(() => parseCron7('0 */5 * * * *')).toThrow(/7 fields/);
    expect(() => parseCron7('61 * * * * * *')).toThrow(/bad cron field/);
  });

  it('matches every five minutes on the second 0', () => {
    const due = parseCron7('0 */5 * * * * *');
    expect(due(shanghai(2026, 5, 1, 9, 15, 0))).toBe(true);
    expect(due(shanghai(2026, 5, 1, 9, 15, 1))).toBe(false);
    expect(due(shanghai(2026, 5, 1, 9, 16, 0))).toBe(false);
  });

  it('reads hours, days and weekdays in Asia/Shanghai', () => {
    const due = parseCron7('0 30 8 * * 1-5 *');
    expect(due(shanghai(2026, 11, 30, 8, 30, 0))).toBe(true); // a Monday, 08:30 in Beijing
    expect(due(shanghai(2026, 11, 29, 8, 30, 0))).toBe(false); // a Sunday
  });

  it('supports lists and years', () => {
    const due = parseCron7('0 0 9 1,15 5 * 2026');
    expect(due(shanghai(2026, 5, 15, 9, 0, 0))).toBe(true);
    expect(due(shanghai(2027, 5, 15, 9, 0, 0))).toBe(false);
  });
});
