import { formatCount, formatDateTimeZh, formatDateZh } from './format';

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
