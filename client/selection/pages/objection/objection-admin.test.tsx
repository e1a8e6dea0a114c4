/** 异议办理 (list, filters, paging, redacted rows), the 异议案件 page (audited identity, handling, verification) and the 工作台 entry. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import CadreHomePage from '../../../cadre/pages/home/index';
import CadreObjectionsPage from '../objections/index';
import CadreObjectionPage from './index';

afterEach(() => taroTest.reset());

const grant = (id: string, tier: 'district' | 'middle', capabilities: string[]) => ({
  id,
  role: 'cadre',
  orgId: tier === 'district' ? 'district' : 'sub-east',
  orgPathKey: tier === 'district' ? '/district/' : '/district/sub-east/',
  orgName: tier === 'district' ? '示范区总工会' : '东湖街道总工会',
  tier,
  capabilities,
  grantedAt: '2026-01-01T00:00:00Z',
});
const me = (...grants: ReturnType<typeof grant>[]) => ok({ signedIn: true, displayName: '干部', grants });
const todo = ok({ open: 3, overdue: 1, reviewFlagged: 1, verifications: 0 });

const summary = (n: number, over: Record<string, unknown> = {}) => ({
  id: `o${n}`,
  caseNo: `YY-2026-0000000${n}`,
  access: 'handling',
  nomineeName: `孙${n}`,
  noticeTitle: '2027年示范区劳动模范推荐人选公示',
  status: 'received',
  createdAt: '2026-10-10T02:00:00.000Z',
  channel: 'online',
  finding: null,
  late: false,
  contentCheck: 'pass',
  dueAt: '2026-10-25T02:00:00.000Z',
  overdue: false,
  assignee: null,
  ...over,
});

describe('异议办理', () => {
  it('the 工作台 shows 异议办理 with its counts to cadres who review nominations', async () => {
    fakeBackend({
      'identity.me': () => me(grant('g1', 'district', ['nomination.review'])),
      'objection.todo': () => todo,
    });
    render(<CadreHomePage />);
    await screen.findByText('3 件办理中，1 件已逾期，1 件待人工复核');
    fireEvent.click(screen.getByText('异议办理'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/selection/pages/objections/index?grant=g1' });
  });

  it('lists cases with flags, filters by status and overdue, pages on, and opens one', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    const { calls } = fakeBackend({
      'identity.me': () => me(grant('g1', 'district', ['nomination.review'])),
      'objection.listCases': (d) =>
        d.cursor
          ? ok({ items: [summary(3)], nextCursor: null })
          : ok({
              items: [
                summary(1, { overdue: true, contentCheck: 'review', late: true }),
                summary(2, { status: 'verifying', assignee: '李干事' }),
              ],
              nextCursor: d.overdue ? null : 'c2',
            }),
    });
    render(<CadreObjectionsPage />);
    await screen.findByText('对「孙1」的异议');
    expect(screen.getAllByText('已逾期').length).toBeGreaterThan(0);
    expect(screen.getAllByText('待人工复核').length).toBeGreaterThan(0);
    expect(screen.getByText(/承办人 李干事/)).toBeTruthy();
    taroTest.fire('reachBottom');
    await screen.findByText('对「孙3」的异议');

    fireEvent.click(screen.getByLabelText('已逾期'));
    await waitFor(() =>
      expect(calls.filter((c) => c.key === 'objection.listCases').at(-1)?.data).toEqual({
        grantId: 'g1',
        scope: 'handling',
        cursor: null,
        overdue: true,
      }),
    );
    fireEvent.click(screen.getByLabelText('已办结'));
    await waitFor(() =>
      expect(calls.filter((c) => c.key === 'objection.listCases').at(-1)?.data.status).toBe('concluded'),
    );

    fireEvent.click(await screen.findByLabelText('案件YY-2026-00000001'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/selection/pages/objection/index?grant=g1&id=o1' });
  });

  it('下级人选: only that a case exists, not openable', async () => {
    taroTest.setRouterParams({ grant: 'g2' });
    fakeBackend({
      'identity.me': () => me(grant('g2', 'middle', ['nomination.review'])),
      'objection.listCases': (d) =>
        ok({
          items:
            d.scope === 'redacted'
              ? [
                  summary(5, {
                    access: 'redacted',
                    channel: null,
                    late: null,
                    contentCheck: null,
                    dueAt: null,
                    overdue: null,
                  }),
                ]
              : [],
          nextCursor: null,
        }),
    });
    render(<CadreObjectionsPage />);
    await screen.findByText('没有符合条件的异议');
    fireEvent.click(screen.getByLabelText('下级人选'));
    await screen.findByText('由上级工会办理，您只能看到办理状态。');
    expect(screen.queryByLabelText('案件YY-2026-00000005')).toBeNull();
  });
});

const caseView = (over: Record<string, unknown> = {}) => ({
  id: 'o1',
  version: 2,
  caseNo: 'YY-2026-00000001',
  access: 'handling',
  noticeId: 'n1',
  noticeTitle: '2027年示范区劳动模范推荐人选公示',
  nominationId: 'nom-1',
  nomineeName: '孙卫东',
  orgId: 'district',
  orgName: '示范区总工会',
  channel: 'online',
  objectorKind: 'person',
  facts: '该人选申报材料中所列的技术革新成果系其同事完成。',
  leads: '可向车间技术组核实。',
  evidence: [{ fileId: 'files/e1.png', url: '/files/files/e1.png' }],
  late: false,
  contentCheck: 'pass',
  status: 'received',
  finding: null,
  reply: null,
  dueAt: '2026-10-25T02:00:00.000Z',
  overdue: false,
  createdAt: '2026-10-10T02:00:00.000Z',
  concludedAt: null,
  assignee: null,
  notes: [],
  verification: null,
  identity: 'available',
  canUnseal: false,
  ...over,
});

describe('异议案件', () => {
  it('shows the identity only after 查看异议人信息 (an audited reading), then assigns and concludes', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'o1' });
    const { calls } = fakeBackend({
      'identity.me': () => me(grant('g1', 'district', ['nomination.review'])),
      'objection.getCase': () => ok(caseView()),
      'objection.readIdentity': () =>
        ok({ kind: 'person', name: '赵明理', phone: '13700451289', contact: null, sealStatement: null }),
      'objection.assign': (d) => ok(caseView({ version: 3, status: 'verifying', assignee: d.assignee })),
      'objection.conclude': (d) =>
        ok(caseView({ version: 4, status: 'concluded', finding: d.finding, reply: d.reply, identity: 'sealed' })),
    });
    render(<CadreObjectionPage />);
    await screen.findByText('该人选申报材料中所列的技术革新成果系其同事完成。');
    expect(screen.queryByText(/赵明理/)).toBeNull();
    fireEvent.click(screen.getByText('查看异议人信息'));
    await screen.findByText('姓名：赵明理');
    expect(screen.getByText('电话：13700451289')).toBeTruthy();
    expect(screen.getByText(/本次查看已记入审计记录/)).toBeTruthy();

    await typeInto('承办人', '李干事');
    fireEvent.click(screen.getByText('指派并开始核查'));
    await screen.findByText('更换承办人');
    expect(calls.find((c) => c.key === 'objection.assign')?.data).toEqual({ id: 'o1', version: 2, assignee: '李干事' });

    fireEvent.click(screen.getByLabelText('部分属实'));
    await screen.findByText(/请在推荐流程中退回或终止/);
    await typeInto('答复异议人', '经核查，反映的部分问题属实，已按规定处理。');
    fireEvent.click(screen.getByText('办结'));
    fireEvent.click(await screen.findByText('确认办结'));
    await screen.findByText('办理结果');
    expect(calls.find((c) => c.key === 'objection.conclude')?.data).toEqual({
      id: 'o1',
      version: 3,
      finding: 'partlySubstantiated',
      reply: '经核查，反映的部分问题属实，已按规定处理。',
    });
    expect(screen.getByText('案件已办结，异议人信息已封存，须由有启封权限的人员经审批后查看。')).toBeTruthy();
  });

  it('a sealed identity opens only through 启封查看 with a reason', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'o1' });
    const { calls } = fakeBackend({
      'identity.me': () => me(grant('g1', 'district', ['nomination.review', 'objection.unseal'])),
      'objection.getCase': () =>
        ok(
          caseView({
            status: 'concluded',
            finding: 'unsubstantiated',
            reply: '经核查不属实。',
            identity: 'sealed',
            canUnseal: true,
          }),
        ),
      'objection.unseal': () =>
        ok({ kind: 'person', name: '赵明理', phone: '13700451289', contact: null, sealStatement: null }),
    });
    render(<CadreObjectionPage />);
    await screen.findByText('启封查看');
    await typeInto('启封理由', '纪检调查需要');
    fireEvent.click(screen.getByText('启封查看'));
    await screen.findByText('姓名：赵明理');
    expect(calls.find((c) => c.key === 'objection.unseal')?.data).toEqual({ id: 'o1', reason: '纪检调查需要' });
    expect(screen.queryByText('办结')).toBeNull();
  });

  it('a lower tier a verification was handed to sees the facts, no identity, and reports its findings', async () => {
    taroTest.setRouterParams({ grant: 'g2', id: 'o1' });
    const verification = {
      orgId: 'sub-east',
      orgName: '东湖街道总工会',
      instructions: '请核查技术革新成果的实际完成人',
      requestedAt: '2026-10-11T02:00:00.000Z',
      dueAt: '2026-10-20T02:00:00.000Z',
      findings: null,
      reportedAt: null,
      reportedByName: null,
    };
    const { calls } = fakeBackend({
      'identity.me': () => me(grant('g2', 'middle', ['nomination.review'])),
      'objection.getCase': () => ok(caseView({ access: 'verifying', status: 'verifying', verification })),
      'objection.reportVerification': (d) =>
        ok(
          caseView({
            access: 'verifying',
            status: 'verifying',
            version: 3,
            verification: {
              ...verification,
              findings: d.findings,
              reportedAt: '2026-10-12T02:00:00.000Z',
              reportedByName: '王干事',
            },
          }),
        ),
    });
    render(<CadreObjectionPage />);
    await screen.findByText('请核查技术革新成果的实际完成人');
    expect(screen.queryByText('查看异议人信息')).toBeNull();
    expect(screen.queryByText('异议人')).toBeNull();
    expect(screen.queryByText('办结')).toBeNull();
    await typeInto('核查情况', '经查，该成果由该人选牵头完成，登记表可证。');
    fireEvent.click(screen.getByText('报告核查情况'));
    await waitFor(() =>
      expect(calls.find((c) => c.key === 'objection.reportVerification')?.data).toEqual({
        id: 'o1',
        version: 2,
        findings: '经查，该成果由该人选牵头完成，登记表可证。',
      }),
    );
  });
});
