/** 提出异议, 我的异议 and the objector's case page (jsdom, H5 paths). */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import MyObjectionsPage from '../my-objections/index';
import ObjectionCasePage from '../objection-case/index';
import ObjectionPage from './index';

afterEach(() => taroTest.reset());

const FACTS = '该人选申报材料中所列的技术革新成果系其同事完成，本人并未参与研发。';
const LEADS = '可向车间技术组核实。';
const filed = { id: 'o1', caseNo: 'YY-2026-AB12CD34', late: false, contentCheck: 'pass', subscribeTemplateId: null };

describe('提出异议', () => {
  it('checks the fields first, sends the H5 stub phone code, and shows the case number', async () => {
    taroTest.setRouterParams({ noticeId: 'n1', nominationId: 'nom-1' });
    const { calls } = fakeBackend({ 'objection.file': () => ok(filed) });
    render(<ObjectionPage />);
    fireEvent.click(await screen.findByText('提交异议'));
    await screen.findByText('请填写真实姓名');
    expect(screen.getByText('请填写11位手机号')).toBeTruthy();
    expect(screen.getByText(/请写明异议的具体事实/)).toBeTruthy();
    expect(calls.some((c) => c.key === 'objection.file')).toBe(false);

    await typeInto('真实姓名', '赵明理');
    await typeInto('手机号', '13700451289');
    await typeInto('异议事实', FACTS);
    await typeInto('核查线索', LEADS);
    expect(screen.getByText(`${[...FACTS].length}/2000`)).toBeTruthy();
    fireEvent.click(screen.getByText('提交异议'));
    await screen.findByText('异议已提交');
    expect(screen.getByText('案件编号：YY-2026-AB12CD34')).toBeTruthy();
    expect(calls.find((c) => c.key === 'objection.file')?.data).toEqual({
      noticeId: 'n1',
      nominationId: 'nom-1',
      objector: { kind: 'person', name: '赵明理', phoneCode: 'phone:13700451289' },
      facts: FACTS,
      leads: LEADS,
      evidenceFileIds: [],
    });
    // H5 has no subscribe messages: the page says where the result shows instead.
    expect(screen.queryByText('订阅结果通知')).toBeNull();
    expect(screen.getByText('办理结果将显示在「我的异议」中，请凭案件编号查询。')).toBeTruthy();
    fireEvent.click(screen.getByText('查看办理进度'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/objection-case/index?id=o1' });
  });

  it('a unit gives its contact and seal statement; refusals show their message (window closed, risky text)', async () => {
    taroTest.setRouterParams({ noticeId: 'n1', nominationId: 'nom-1' });
    const replies = [
      fail('CONTENT_RISKY', { message: '异议内容未通过内容安全检查，请删除不当用语后重新提交' }),
      fail('WINDOW_CLOSED'),
    ];
    const { calls } = fakeBackend({ 'objection.file': () => replies.shift() });
    render(<ObjectionPage />);
    fireEvent.click(await screen.findByText('单位'));
    await typeInto('单位名称', '东湖物流有限公司');
    await typeInto('联系人', '钱经理');
    await typeInto('盖章说明', '加盖公章的书面异议已寄送评选办');
    await typeInto('手机号', '13700451289');
    await typeInto('异议事实', FACTS);
    await typeInto('核查线索', LEADS);
    fireEvent.click(screen.getByText('提交异议'));
    await screen.findByText('异议内容未通过内容安全检查，请删除不当用语后重新提交');
    expect(calls[0]?.data.objector).toEqual({
      kind: 'unit',
      name: '东湖物流有限公司',
      contact: '钱经理',
      phoneCode: 'phone:13700451289',
      sealStatement: '加盖公章的书面异议已寄送评选办',
    });
    fireEvent.click(screen.getByText('提交异议'));
    await screen.findByText('公示期已结束，不再受理异议');
  });

  it('anonymous needs no name or phone; a link without ids says where to come from', async () => {
    taroTest.setRouterParams({ noticeId: 'n1', nominationId: 'nom-1' });
    const { calls } = fakeBackend({ 'objection.file': () => ok({ ...filed, late: true }) });
    const page = render(<ObjectionPage />);
    fireEvent.click(await screen.findByText('匿名'));
    expect(screen.queryByText('真实姓名')).toBeNull();
    await typeInto('异议事实', FACTS);
    await typeInto('核查线索', LEADS);
    fireEvent.click(screen.getByText('提交异议'));
    await screen.findByText(/作为逾期异议受理/);
    expect(calls[0]?.data.objector).toEqual({ kind: 'anonymous' });
    page.unmount();

    taroTest.setRouterParams({});
    render(<ObjectionPage />);
    expect(screen.getByText('链接不完整')).toBeTruthy();
  });
});

const mine = (n: number, status: 'received' | 'concluded') => ({
  id: `o${n}`,
  caseNo: `YY-2026-0000000${n}`,
  nomineeName: '孙卫东',
  noticeTitle: '2027年示范区劳动模范推荐人选公示',
  status,
  finding: status === 'concluded' ? 'unsubstantiated' : null,
  late: false,
  createdAt: '2026-10-10T02:00:00.000Z',
});

describe('我的异议', () => {
  it('lists my cases with status and finding, pages on, opens a case', async () => {
    const { calls } = fakeBackend({
      'objection.mine': (d) =>
        d.cursor
          ? ok({ items: [mine(3, 'received')], nextCursor: null })
          : ok({ items: [mine(1, 'received'), mine(2, 'concluded')], nextCursor: 'c2' }),
    });
    render(<MyObjectionsPage />);
    await screen.findByText('案件编号 YY-2026-00000001 · 2026年10月10日提交');
    expect(screen.getByText('已受理')).toBeTruthy();
    expect(screen.getByText(/核查结论：不属实/)).toBeTruthy();
    taroTest.fire('reachBottom');
    await screen.findByText(/YY-2026-00000003/);
    expect(calls.filter((c) => c.key === 'objection.mine')).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('案件YY-2026-00000002，已办结'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/public/pages/objection-case/index?id=o2' });
  });

  it('an empty list says how to object; an error offers a retry', async () => {
    const replies = [fail('NETWORK'), ok({ items: [], nextCursor: null })];
    fakeBackend({ 'objection.mine': () => replies.shift() });
    render(<MyObjectionsPage />);
    fireEvent.click(await screen.findByText('重试'));
    await screen.findByText('还没有异议');
  });
});

describe('异议办理进度', () => {
  const view = {
    ...mine(2, 'concluded'),
    objectorKind: 'person',
    facts: FACTS,
    leads: LEADS,
    evidenceUrls: ['/files/files/e1.png'],
    reply: '经核查，反映的问题不属实，感谢您的监督。',
    dueAt: '2026-10-25T02:00:00.000Z',
    concludedAt: '2026-10-20T02:00:00.000Z',
    identityErased: false,
    canErase: true,
  };

  it('shows the finding and the reply, and erases my identity after confirmation', async () => {
    taroTest.setRouterParams({ id: 'o2' });
    const { calls } = fakeBackend({
      'objection.getMine': () => ok(view),
      'objection.eraseMine': () => ok({ id: 'o2', erasedAt: '2026-10-21T00:00:00.000Z' }),
    });
    render(<ObjectionCasePage />);
    await screen.findByText('经核查，反映的问题不属实，感谢您的监督。');
    expect(screen.getByText('不属实')).toBeTruthy();
    fireEvent.click(screen.getByText('删除我的个人信息'));
    fireEvent.click(await screen.findByText('确认删除'));
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
    expect(calls.find((c) => c.key === 'objection.eraseMine')?.data).toEqual({ id: 'o2' });
  });

  it('an open case shows its deadline, no reply and no erase; a missing one says so', async () => {
    taroTest.setRouterParams({ id: 'o1' });
    fakeBackend({
      'objection.getMine': () =>
        ok({ ...view, status: 'received', finding: null, reply: null, concludedAt: null, canErase: false }),
    });
    const page = render(<ObjectionCasePage />);
    await screen.findByText('答复期限：2026年10月25日前');
    expect(screen.queryByText('删除我的个人信息')).toBeNull();
    expect(screen.queryByText('核查结论')).toBeNull();
    page.unmount();

    fakeBackend({ 'objection.getMine': () => fail('NOT_FOUND') });
    render(<ObjectionCasePage />);
    await screen.findByText('找不到这件异议');
  });
});
