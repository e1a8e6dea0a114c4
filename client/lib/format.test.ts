import {
  daysLeft,
  formatCount,
  formatDateTimeZh,
  formatDateZh,
  formatEventTimeZh,
  formatPlainDateZh,
  plainDateOf,
} from './format';

describe('formatDateZh', () => {
  it('returns an empty string for an invalid instant', () => {
    expect(formatDateZh('not a date')).toBe('');
  });
  it('shows the date in Asia/Shanghai', () => {
    expect(formatDateZh('2025-04-30T16:30:00Z')).toBe('2025年5月1日');
  });
});

describe('formatCount', () => {
  it('keeps small numbers', () => {
    expect(formatCount(9999)).toBe('9999');
  });
  it('uses 万 from ten thousand', () => {
    expect(formatCount(10000)).toBe('1万');
    expect(formatCount(12345)).toBe('1.2万');
  });
});

describe('formatDateTimeZh', () => {
  it('shows date and time in Asia/Shanghai', () => {
    expect(formatDateTimeZh('2025-05-04T10:05:00Z')).toBe('2025年5月4日 18:05');
    expect(formatDateTimeZh('2025-04-30T16:30:00Z')).toBe('2025年5月1日 0:30');
  });
  it('returns an empty string for an invalid instant', () => {
    expect(formatDateTimeZh('')).toBe('');
  });
});

describe('formatEventTimeZh', () => {
  it('shows the day, weekday and hours in Asia/Shanghai, with the year unless it is this year', () => {
    const [start, end] = ['2027-05-20T06:00:00.000Z', '2027-05-20T08:00:00.000Z'];
    expect(formatEventTimeZh(start, end)).toBe('2027年5月20日 周四 14:00–16:00');
    expect(formatEventTimeZh(start, end, '2027-05-08T02:00:00Z')).toBe('5月20日 周四 14:00–16:00');
  });
  it('names the end day when the event runs past midnight', () => {
    expect(formatEventTimeZh('2027-05-20T12:00:00Z', '2027-05-21T01:00:00Z', '2027-01-01T00:00:00Z')).toBe(
      '5月20日 周四 20:00 至 2027年5月21日 9:00',
    );
  });
});

describe('campaign dates', () => {
  it('formats a plain date and finds the plain date of an instant in Shanghai', () => {
    expect(formatPlainDateZh('2027-05-01')).toBe('5月1日');
    expect(plainDateOf('2027-05-07T16:30:00Z')).toBe('2027-05-08');
  });
  it('counts whole days left, rounding up, and 0 once over', () => {
    expect(daysLeft('2027-05-31T16:00:00Z', '2027-05-31T15:59:00Z')).toBe(1);
    expect(daysLeft('2027-05-31T16:00:00Z', '2027-05-01T16:00:00Z')).toBe(30);
    expect(daysLeft('2027-05-31T16:00:00Z', '2027-06-01T00:00:00Z')).toBe(0);
  });
});
