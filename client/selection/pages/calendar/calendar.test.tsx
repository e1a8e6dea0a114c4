/** 节假日安排: district cadres only; a year's schedule is sent parsed, with the stored version. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PublicGrant } from '../../../api/identity';
import { ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import { parseDates } from '../../../lib/notice';
import CalendarPage from './index';

afterEach(() => taroTest.reset());

const grant = (tier: PublicGrant['tier']): PublicGrant => ({
  id: 'g1',
  role: 'cadre',
  orgId: 'district',
  orgPathKey: '/district/',
  orgName: '示范区总工会',
  tier,
  capabilities: ['nomination.review'],
  grantedAt: '2026-01-01T00:00:00Z',
});

it('parses dates separated by spaces, commas or new lines', () => {
  expect(parseDates('2027-01-02，2027-01-01\n2027-01-01 2027-01-03')).toEqual([
    '2027-01-01',
    '2027-01-02',
    '2027-01-03',
  ]);
});

it('a middle-tier cadre is told the district enters the schedule', async () => {
  fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '街道干部', grants: [grant('middle')] }),
    'notice.listCalendarOverrides': () => ok({ items: [], version: null, packageYears: [2025, 2026] }),
  });
  render(<CalendarPage />);
  await screen.findByText('节假日安排由区总工会录入');
});

it('a district cadre enters a year; the save carries the parsed dates and the version', async () => {
  const { calls } = fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '区干部', grants: [grant('district')] }),
    'notice.listCalendarOverrides': () => ok({ items: [], version: null, packageYears: [2025, 2026] }),
    'notice.saveCalendarOverride': () =>
      ok({
        items: [
          {
            year: 2027,
            holidays: ['2027-01-01'],
            makeupWorkdays: [],
            enteredAt: '2026-12-01T00:00:00Z',
            enteredByName: '区干部',
          },
        ],
        version: 1,
        packageYears: [2025, 2026],
      }),
  });
  render(<CalendarPage />);
  await screen.findByText('随程序提供：2025年、2026年');
  await typeInto('年份', '2027');
  await typeInto('放假日期', '2027-01-01 2027-01-02 2027-01-03');
  await typeInto('依据（文件名称、文号）', '国务院办公厅关于2027年部分节假日安排的通知');
  fireEvent.click(screen.getByText('保存'));
  await screen.findByText('已保存 2027 年的安排');
  await waitFor(() => expect(calls.find((c) => c.key === 'notice.saveCalendarOverride')).toBeTruthy());
  expect(calls.find((c) => c.key === 'notice.saveCalendarOverride')!.data).toEqual({
    version: null,
    schedule: { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeupWorkdays: [] },
    reason: '国务院办公厅关于2027年部分节假日安排的通知',
  });
});
