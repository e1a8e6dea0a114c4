import { addDays, dateZh, eventTimeZh, isBefore, shanghaiInstant, shanghaiParts, todayShanghai } from './datetime';

describe('Asia/Shanghai dates and times', () => {
  it('splits an instant into the local date and time, and back', () => {
    expect(shanghaiParts('2027-05-20T06:00:00.000Z')).toEqual({ date: '2027-05-20', time: '14:00' });
    expect(shanghaiParts('2027-04-30T16:00:00.000Z')).toEqual({ date: '2027-05-01', time: '00:00' });
    expect(shanghaiInstant('2027-05-01')).toBe('2027-05-01T00:00:00+08:00');
    expect(new Date(shanghaiInstant('2027-05-20', '14:00')).toISOString()).toBe('2027-05-20T06:00:00.000Z');
    expect(shanghaiParts('nonsense')).toEqual({ date: '', time: '' });
  });

  it('adds days across months and years; knows today in Shanghai', () => {
    expect(addDays('2027-05-31', 1)).toBe('2027-06-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(todayShanghai(Date.parse('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('compares and writes dates in Chinese', () => {
    expect(isBefore({ date: '2027-05-01', time: '09:00' }, { date: '2027-05-01', time: '11:00' })).toBe(true);
    expect(isBefore({ date: '2027-05-01', time: '11:00' }, { date: '2027-05-01', time: '11:00' })).toBe(false);
    expect(dateZh('2027-05-09')).toBe('2027年5月9日');
    expect(eventTimeZh('2027-05-20T06:00:00Z', '2027-05-20T08:00:00Z')).toBe('2027年5月20日 14:00–16:00');
    expect(eventTimeZh('2027-05-20T06:00:00Z', '2027-05-21T08:00:00Z')).toBe(
      '2027年5月20日 14:00 – 2027年5月21日 16:00',
    );
  });
});
