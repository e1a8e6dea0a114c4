/** 开始公示: the nominee I came from pre-selected, the office checked by the server, the CALENDAR_MISSING confirmation. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PublicGrant } from '../../../api/identity';
import { fail, ok } from '../../../test/fixtures';
import { buttonNamed, fakeBackend, typeInto } from '../../../test/forms';
import { adminNotice } from '../../../test/notice-fixtures';
import { taroTest } from '../../../test/taro-mock';
import NoticeOpenPage from './index';

afterEach(() => taroTest.reset());

const GRANT: PublicGrant = {
  id: 'g1',
  role: 'cadre',
  orgId: 'unit-bus',
  orgPathKey: '/district/sub-east/unit-bus/',
  orgName: '东湖公交客运公司工会',
  tier: 'grassroots',
  capabilities: ['nomination.review'],
  grantedAt: '2026-01-01T00:00:00Z',
};

const candidates = [
  {
    id: 'n1',
    version: 3,
    name: '赵红梅',
    orgName: '东湖公交客运公司工会',
    unitName: '东湖公交客运公司',
    titleSought: '示范区劳动模范',
  },
  {
    id: 'n2',
    version: 5,
    name: '钱多多',
    orgName: '东湖公交客运公司工会',
    unitName: '东湖公交客运公司',
    titleSought: '示范区劳动模范',
  },
];
const stage = { index: 1, tier: 'grassroots', rule: { kind: 'workingDays', days: 5 }, ruleZh: '5个工作日' };
const preview = {
  firstDay: '2026-12-28',
  lastDay: '2027-01-01',
  days: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'],
  closesAt: '2027-01-01T16:00:00.000Z',
  periodZh: '2026年12月28日（星期一）至2027年1月1日（星期五）',
};

function backend(period: object, openNotice: (d: Record<string, unknown>) => unknown) {
  return fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '基层干部', grants: [GRANT] }),
    'notice.prepareNotice': () =>
      ok({
        roundName: '2027年区级劳动模范评选',
        stage,
        org: { id: 'unit-bus', name: GRANT.orgName },
        candidates,
        period,
      }),
    'notice.openNotice': openNotice,
  });
}

async function fillOffice() {
  await typeInto('受理机构', '东湖公交客运公司工会办公室');
  await typeInto('联系电话', '010-87654321');
  await typeInto('地址', '东湖路8号公司办公楼201室');
}

describe('开始公示', () => {
  it('sends the pre-selected nominee (and the ones I add) at the versions I saw; an office issue lands on its field', async () => {
    taroTest.setRouterParams({ roundId: 'round-2027', stageIndex: '1', nominationId: 'n2' });
    const replies = [
      fail('BAD_REQUEST', {
        issues: [{ path: ['office', 'phone'], message: '请填写有效的联系电话（如 010-12345678 或手机号）' }],
      }),
      ok({ notice: adminNotice({ title: '单位公示' }), nominations: [] }),
    ];
    const { calls } = backend({ ok: true, source: 'calendar', ...preview }, () => replies.shift());
    render(<NoticeOpenPage />);
    await screen.findByText('发布公示（1名）');
    fireEvent.click(screen.getByText('赵红梅'));
    await fillOffice();
    fireEvent.click(screen.getByText('发布公示（2名）'));
    await screen.findByText('请填写有效的联系电话（如 010-12345678 或手机号）');
    fireEvent.click(screen.getByText('发布公示（2名）'));
    await screen.findByText('公示已发布');
    const sent = calls.filter((c) => c.key === 'notice.openNotice')[1]!.data;
    expect(sent).toEqual({
      roundId: 'round-2027',
      stageIndex: 1,
      nominations: [
        { id: 'n1', version: 3 },
        { id: 'n2', version: 5 },
      ],
      office: { name: '东湖公交客运公司工会办公室', phone: '010-87654321', address: '东湖路8号公司办公楼201室' },
    });
  });

  it('when the calendar lacks a year, the cadre confirms the proposed days before publishing', async () => {
    taroTest.setRouterParams({ roundId: 'round-2027', stageIndex: '1', nominationId: 'n1' });
    const { calls } = backend({ ok: false, reason: 'CALENDAR_MISSING', years: [2027], proposal: preview }, () =>
      ok({ notice: adminNotice(), nominations: [] }),
    );
    render(<NoticeOpenPage />);
    await screen.findByText('2026年12月28日（星期一）至2027年1月1日（星期五）');
    await fillOffice();
    expect(buttonNamed('发布公示（1名）').disabled).toBe(true);
    fireEvent.click(screen.getByText('已核对官方安排，确认以上日期'));
    fireEvent.click(screen.getByText('发布公示（1名）'));
    await waitFor(() => expect(calls.some((c) => c.key === 'notice.openNotice')).toBe(true));
    expect(calls.find((c) => c.key === 'notice.openNotice')!.data).toMatchObject({ confirmedDays: preview.days });
  });
});
