/**
 * Notice periods pinned against the real 2026 schedule. The official facts (State Council General
 * Office notice on the 2026 holidays, gov.cn, November 2025; the package cites
 * https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm):
 *   元旦 1月1日（周四）至3日放假，1月4日（周日）上班
 *   春节 2月15日（周日）至23日（周一）放假共9天，2月14日（周六）、2月28日（周六）上班
 *   清明 4月4日至6日；劳动节 5月1日至5日，5月9日（周六）上班；端午 6月19日至21日
 *   中秋 9月25日（周五）至27日（周日）
 *   国庆 10月1日（周四）至7日（周三）放假共7天，9月20日（周日）、10月10日（周六）上班
 * The first test checks that the installed chinese-days data says exactly this.
 *
 * Pinned to chinese-days 1.5.7, which has no 2027 data: when an update adds 2027, move the
 * CALENDAR_MISSING cases to the first year it does not cover.
 */
import type { NoticeRule, YearSchedule } from './notice-period';
import {
  chineseDaysCalendar,
  computeNoticePeriod,
  formatPeriodZh,
  noticeRuleSchema,
  noticeStatus,
  remainingMs,
  withOverrides,
  yearScheduleSchema,
} from './notice-period';

/** An instant given as Shanghai wall-clock time: '2026-09-30 10:00'. */
const shanghai = (local: string) => new Date(`${local.replace(' ', 'T')}+08:00`);
const workingDays = (days: number): NoticeRule => ({ kind: 'workingDays', days });
const calendarDays = (days: number): NoticeRule => ({ kind: 'calendarDays', days });
const compute = (local: string, rule: NoticeRule, calendar = chineseDaysCalendar) =>
  computeNoticePeriod({ start: shanghai(local), rule, calendar });

/** A made-up 2027 schedule for the override tests (the official one is not published in this data). */
const FICTIONAL_2027: YearSchedule = {
  year: 2027,
  holidays: ['2026-12-31', '2027-01-01'], // Thursday and Friday off
  makeupWorkdays: ['2026-12-27'], // Sunday worked instead
};

describe('chineseDaysCalendar', () => {
  it('holds the official 2026 schedule', () => {
    const work = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
    const off = [
      ...['2026-01-01', '2026-01-02', '2026-01-03'],
      ...range('2026-02-15', 9),
      ...['2026-04-06', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25'],
      ...range('2026-10-01', 7),
    ];
    expect(work.filter((d) => !chineseDaysCalendar.isWorkday(d))).toEqual([]);
    expect(off.filter((d) => chineseDaysCalendar.isWorkday(d))).toEqual([]);
    // Plain days around them.
    expect(chineseDaysCalendar.isWorkday('2026-09-30')).toBe(true); // Wednesday
    expect(chineseDaysCalendar.isWorkday('2026-10-11')).toBe(false); // Sunday
  });

  it('covers the years the package ships (2004–2026), read from its data', () => {
    expect(chineseDaysCalendar.hasDataFor(2003)).toBe(false);
    for (let year = 2004; year <= 2026; year++) expect(chineseDaysCalendar.hasDataFor(year)).toBe(true);
    expect(chineseDaysCalendar.hasDataFor(2027)).toBe(false);
  });

  it('keeps late-December dates the next year moved (2018-12-29 worked, 12-31 off for 2019 New Year)', () => {
    expect(chineseDaysCalendar.isWorkday('2018-12-29')).toBe(true); // a Saturday
    expect(chineseDaysCalendar.isWorkday('2018-12-31')).toBe(false); // a Monday
  });

  it('refuses a malformed date', () => {
    expect(() => chineseDaysCalendar.isWorkday('2026-2-3')).toThrow(RangeError);
    expect(() => chineseDaysCalendar.isWorkday('2026-02-30')).toThrow(RangeError);
  });
});

describe('computeNoticePeriod: 5 working days, pinned on 2026', () => {
  it.each<[string, string, string[], string]>([
    // Published before noon on the last working day before Golden Week: day 1 is that day, the 7 days
    // off are skipped, the make-up Saturday 10-10 counts.
    [
      '2026-09-30 10:00',
      'before noon, eve of National Day',
      ['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'],
      '2026-10-12T16:00:00.000Z',
    ],
    // The same day after noon: day 1 is the first working day after the holiday.
    [
      '2026-09-30 15:00',
      'afternoon, eve of National Day',
      ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'],
      '2026-10-13T16:00:00.000Z',
    ],
    // A week before: skips Mid-Autumn (9-25..27) and National Day (10-1..7).
    [
      '2026-09-24 09:00',
      'across Mid-Autumn and National Day',
      ['2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08'],
      '2026-10-08T16:00:00.000Z',
    ],
    // Friday afternoon: day 1 is the make-up Sunday 9-20, then stops before Mid-Autumn.
    [
      '2026-09-18 16:00',
      'day 1 on the make-up Sunday',
      ['2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24'],
      '2026-09-24T16:00:00.000Z',
    ],
    // Counts the Spring Festival make-up Saturday 2-14, skips 2-15..23.
    [
      '2026-02-11 09:00',
      'across Spring Festival via Saturday 2-14',
      ['2026-02-11', '2026-02-12', '2026-02-13', '2026-02-14', '2026-02-24'],
      '2026-02-24T16:00:00.000Z',
    ],
    // Counts the second Spring Festival make-up Saturday 2-28.
    [
      '2026-02-25 14:00',
      'the make-up Saturday 2-28',
      ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-02', '2026-03-03'],
      '2026-03-03T16:00:00.000Z',
    ],
    // Published on a plain Saturday morning: a weekend day never counts.
    [
      '2026-03-14 09:00',
      'a Saturday',
      ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'],
      '2026-03-20T16:00:00.000Z',
    ],
    // Early December: only 2026 decides these dates.
    [
      '2026-12-14 09:00',
      'mid-December',
      ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18'],
      '2026-12-18T16:00:00.000Z',
    ],
  ])('%s (%s)', (local, _why, days, closesAt) => {
    const period = compute(local, workingDays(5));
    expect(period).toEqual({
      ok: true,
      opensAt: shanghai(local).toISOString(),
      closesAt,
      firstDay: days[0],
      lastDay: days[4],
      days,
    });
  });

  it('counts the publication day up to 11:59:59.999 and not from 12:00', () => {
    const morning = compute('2026-03-10 11:59:59.999', workingDays(5));
    const noon = compute('2026-03-10 12:00:00.000', workingDays(5));
    expect(morning.ok && morning.days).toEqual(['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16']);
    expect(noon.ok && noon.days).toEqual(['2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16', '2026-03-17']);
  });

  it('closes at 24:00 Shanghai of the last day, whatever the length', () => {
    const one = compute('2026-10-09 08:00', workingDays(1));
    expect(one).toMatchObject({ days: ['2026-10-09'], closesAt: '2026-10-09T16:00:00.000Z' });
    const thirty = compute('2026-03-02 09:00', workingDays(30));
    // Six full weeks make 30 days by 4-10; Qingming's Monday 4-6 pushes the 30th to 4-13.
    expect(thirty).toMatchObject({
      firstDay: '2026-03-02',
      lastDay: '2026-04-13',
      closesAt: '2026-04-13T16:00:00.000Z',
    });
  });
});

describe('computeNoticePeriod: calendar days', () => {
  it('7 calendar days count holidays and weekends', () => {
    expect(compute('2026-09-30 10:00', calendarDays(7))).toMatchObject({
      firstDay: '2026-09-30',
      lastDay: '2026-10-06',
      closesAt: '2026-10-06T16:00:00.000Z',
    });
    expect(compute('2026-09-30 15:00', calendarDays(7))).toMatchObject({
      days: range('2026-10-01', 7),
      closesAt: '2026-10-07T16:00:00.000Z',
    });
  });

  it('need no holiday schedule, so a year without data still computes', () => {
    expect(compute('2027-03-01 09:00', calendarDays(7))).toMatchObject({ ok: true, lastDay: '2027-03-07' });
  });
});

describe('computeNoticePeriod: a year without data', () => {
  it.each([
    ['2026-12-28 09:00', 5, 'runs into January 2027'],
    ['2026-11-20 09:00', 30, 'a long period reaching 2027'],
    ['2027-03-01 09:00', 5, 'wholly in 2027'],
    // 12-21..25 are all in 2026, but the 2027 New Year arrangement may move the last week of December.
    ['2026-12-21 09:00', 5, 'touches the last week of December'],
  ])('%s, %i working days (%s) → CALENDAR_MISSING 2027', (local, days, _why) => {
    expect(compute(local, workingDays(days))).toEqual({ ok: false, reason: 'CALENDAR_MISSING', years: [2027] });
  });

  it('computes with a district override for 2027, honouring its days off and make-up days', () => {
    const calendar = withOverrides(chineseDaysCalendar, [FICTIONAL_2027]);
    expect(calendar.hasDataFor(2027)).toBe(true);
    // The Sunday 12-27 counts (made a working day by the 2027 schedule).
    expect(compute('2026-12-24 09:00', workingDays(5), calendar)).toMatchObject({
      days: ['2026-12-24', '2026-12-25', '2026-12-27', '2026-12-28', '2026-12-29'],
      closesAt: '2026-12-29T16:00:00.000Z',
    });
    // 12-31 and 1-1 are off, then the weekend.
    expect(compute('2026-12-29 09:00', workingDays(5), calendar)).toMatchObject({
      days: ['2026-12-29', '2026-12-30', '2027-01-04', '2027-01-05', '2027-01-06'],
      closesAt: '2027-01-06T16:00:00.000Z',
    });
    expect(formatPeriodZh({ firstDay: '2026-12-29', lastDay: '2027-01-06' })).toBe(
      '2026年12月29日（星期二）至2027年1月6日（星期三）',
    );
  });
});

describe('withOverrides', () => {
  it('lets the override alone decide a year the package covers', () => {
    const calendar = withOverrides(chineseDaysCalendar, [{ year: 2026, holidays: ['2026-03-10'], makeupWorkdays: [] }]);
    expect(calendar.isWorkday('2026-03-10')).toBe(false); // the override's day off
    expect(calendar.isWorkday('2026-10-01')).toBe(true); // the package's holiday no longer applies
    expect(calendar.isWorkday('2026-10-10')).toBe(false); // nor its make-up Saturday
    expect(calendar.isWorkday('2025-10-01')).toBe(false); // other years still come from the package
  });

  it('refuses two overrides for one year, or two that disagree on a date', () => {
    expect(() => withOverrides(chineseDaysCalendar, [FICTIONAL_2027, FICTIONAL_2027])).toThrow(
      /two calendar overrides/,
    );
    const clash: YearSchedule = { year: 2026, holidays: ['2026-12-27'], makeupWorkdays: [] };
    expect(() => withOverrides(chineseDaysCalendar, [FICTIONAL_2027, clash])).toThrow(/disagree on 2026-12-27/);
  });

  it.each<[string, YearSchedule, string]>([
    ['an impossible date', { year: 2027, holidays: ['2027-02-30'], makeupWorkdays: [] }, '日期应为有效的'],
    ['a date of another year', { year: 2027, holidays: ['2026-10-01'], makeupWorkdays: [] }, '不属于 2027 年'],
    ['a make-up day on a weekday', { year: 2027, holidays: [], makeupWorkdays: ['2027-01-04'] }, '不是周末'],
    [
      'a date both off and worked',
      { year: 2027, holidays: ['2027-01-02'], makeupWorkdays: ['2027-01-02'] },
      '既放假又上班',
    ],
  ])('rejects %s', (_what, schedule, message) => {
    const parsed = yearScheduleSchema.safeParse(schedule);
    expect(parsed.error?.issues.map((i) => i.message).join()).toContain(message);
    expect(() => withOverrides(chineseDaysCalendar, [schedule])).toThrow();
  });
});

describe('the rule', () => {
  it('allows 1 to 30 whole days', () => {
    expect(noticeRuleSchema.safeParse(workingDays(5)).success).toBe(true);
    for (const bad of [0, 31, 2.5]) expect(noticeRuleSchema.safeParse(calendarDays(bad)).success).toBe(false);
    expect(() => compute('2026-03-10 09:00', workingDays(31))).toThrow();
  });
});

describe('status and remaining time', () => {
  const period = { opensAt: '2026-09-30T02:00:00.000Z', closesAt: '2026-10-12T16:00:00.000Z' };
  const at = (iso: string) => new Date(iso);

  it('is scheduled before opensAt, open from opensAt, closed from closesAt', () => {
    expect(noticeStatus(period, at('2026-09-30T01:59:59.999Z'))).toBe('scheduled');
    expect(noticeStatus(period, at('2026-09-30T02:00:00.000Z'))).toBe('open');
    expect(noticeStatus(period, at('2026-10-12T15:59:59.999Z'))).toBe('open');
    expect(noticeStatus(period, at('2026-10-12T16:00:00.000Z'))).toBe('closed');
  });

  it('counts down to closesAt and stops at 0', () => {
    expect(remainingMs(period, at('2026-10-12T15:59:59.000Z'))).toBe(1000);
    expect(remainingMs(period, at('2026-10-12T16:00:00.000Z'))).toBe(0);
    expect(remainingMs(period, at('2026-10-20T00:00:00.000Z'))).toBe(0);
  });
});

describe('formatPeriodZh', () => {
  it('shows both dates with their weekdays, or one for a one-day period', () => {
    expect(formatPeriodZh({ firstDay: '2026-10-08', lastDay: '2026-10-13' })).toBe(
      '2026年10月8日（星期四）至2026年10月13日（星期二）',
    );
    expect(formatPeriodZh({ firstDay: '2026-02-14', lastDay: '2026-02-14' })).toBe('2026年2月14日（星期六）');
  });
});

describe('the host time zone does not matter', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  const sample = () => [
    compute('2026-09-30 10:00', workingDays(5)),
    compute('2026-09-30 15:00', workingDays(5)),
    compute('2026-02-11 09:00', workingDays(5)),
    compute('2026-03-10 11:59:59.999', workingDays(5)),
    compute('2026-09-30 23:30', calendarDays(7)), // 15:30 UTC: a different UTC date than Shanghai's
    compute('2026-10-01 00:30', calendarDays(7)), // 16:30 UTC the day before
    formatPeriodZh({ firstDay: '2026-10-08', lastDay: '2026-10-13' }),
    range('2026-01-01', 365).filter((d) => chineseDaysCalendar.isWorkday(d)).length,
  ];

  it.each(['America/New_York', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'UTC'])('same answers under %s', (zone) => {
    process.env.TZ = 'Asia/Shanghai';
    const expected = sample();
    process.env.TZ = zone;
    // Node applies TZ at run time: prove the host zone really changed before comparing.
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBe(-480);
    expect(sample()).toEqual(expected);
  });

  it('reads the publication day in Shanghai, not in UTC', () => {
    // 2026-10-01 00:30 in Shanghai is still 09-30 in UTC: the 7 calendar days start on 10-01.
    expect(compute('2026-10-01 00:30', calendarDays(7))).toMatchObject({ firstDay: '2026-10-01' });
    // 2026-09-30 23:30 is after noon: day 1 is the next day.
    expect(compute('2026-09-30 23:30', calendarDays(7))).toMatchObject({ firstDay: '2026-10-01' });
  });
});

/** `count` consecutive dates from `first`. */
function range(first: string, count: number): string[] {
  const t = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(t + i * 86_400_000).toISOString().slice(0, 10));
}
