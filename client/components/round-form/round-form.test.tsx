/**
 * The round editor, section by section: each sets its rules, shows its issues in Chinese under the
 * field, and sends the right configuration; a frozen round locks the stage list and the target level;
 * a change to an existing round is reviewed (what changes) before it is sent.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { RoundView } from '../../../shared/actions/nomination.schema';
import type { SelectionRoundConfig } from '../../../shared/selection/round';
import { defaultRoundConfig } from '../../../shared/selection/round';
import type { PublicGrant } from '../../api/identity';
import { fail, ok } from '../../test/fixtures';
import { fakeBackend, typeInto } from '../../test/forms';
import { grant, round } from '../../test/nomination-fixtures';
import { taroTest } from '../../test/taro-mock';
import { RoundForm } from './index';

jest.setTimeout(30_000);
afterEach(() => taroTest.reset());

const district = grant('g0', 'district') as unknown as PublicGrant;

function renderForm(r: RoundView | null, handlers: Record<string, (data: Record<string, unknown>) => unknown> = {}) {
  const backend = fakeBackend({
    'nomination.listReviewerDepartments': () => ok({ items: [] }),
    'nomination.createRound': () => ok({ round: round({ id: 'round-new' }) }),
    'org.get': () => fail('NOT_FOUND'),
    ...handlers,
  });
  const onSaved = jest.fn();
  render(
    <RoundForm grant={district} round={r} year={2026} onSaved={onSaved} onConflict={jest.fn()} onCancel={jest.fn()} />,
  );
  return { ...backend, onSaved };
}

const sent = (calls: { key: string; data: Record<string, unknown> }[], key: string) =>
  calls.find((c) => c.key === key)?.data as { config: SelectionRoundConfig; reason?: string } | undefined;

/** Taro's Switch answers a `change` event with `detail.value`. */
function toggle(label: string, value: boolean) {
  const el = document.querySelector(`[aria-label="${label}"]`);
  if (!el) throw new Error(`no switch ${label}`);
  act(() => {
    el.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

const group = (label: string) => {
  const el = document.querySelector(`.chips[aria-label="${label}"]`);
  if (!el) throw new Error(`no group ${label}`);
  return within(el as HTMLElement);
};
/** The list of changes in the review sheet. */
const reviewList = async () =>
  within(await waitFor(() => document.querySelector('[aria-label="修改内容"]') as HTMLElement));
const button = (label: string) => {
  const el = document.querySelector(`[aria-label="${label}"]`);
  if (!el) throw new Error(`no button ${label}`);
  fireEvent.click(el);
};

describe('比例结构', () => {
  it('adds rules on the overlapping flags, checks their bounds, and sends shares and counts', async () => {
    const { calls } = renderForm(null);
    fireEvent.click(screen.getByText('比例结构'));
    fireEvent.click(screen.getByText('添加比例要求'));
    fireEvent.click(group('要求 1 对象').getByText('女性'));
    fireEvent.click(screen.getByText('创建评选'));
    expect(await screen.findByText('请至少填写比例下限或上限')).toBeTruthy();
    await typeInto('要求 1 下限', '150');
    expect(await screen.findByText('比例应为 0–100 之间的数（%）')).toBeTruthy();
    await typeInto('要求 1 下限', '30');

    fireEvent.click(screen.getByText('添加比例要求'));
    fireEvent.click(group('要求 2 对象').getByText('一线职工'));
    fireEvent.click(group('要求 2 计算方式').getByText('按人数'));
    await typeInto('要求 2 下限', '5');
    await typeInto('要求 2 上限', '2');
    expect(await screen.findByText('上限不能小于下限')).toBeTruthy();
    await typeInto('要求 2 上限', '2.5');
    expect(await screen.findByText('人数应为整数')).toBeTruthy();
    await typeInto('要求 2 上限', '');
    fireEvent.click(screen.getByText('创建评选'));
    await waitFor(() => expect(sent(calls, 'nomination.createRound')).toBeTruthy());
    expect(sent(calls, 'nomination.createRound')!.config.compositionRules).toEqual([
      { flag: 'woman', measure: 'share', min: 0.3 },
      { flag: 'frontLineWorker', measure: 'count', min: 5 },
    ]);
  });
});

describe('评选环节', () => {
  it('is checked live with the shared rules, and sends the edited list', async () => {
    const { calls } = renderForm(null);
    fireEvent.click(screen.getByText('评选环节与公示规则'));
    expect(screen.getByText('第 7 环节 · 区级征求意见')).toBeTruthy();
    button('下移第 7 环节');
    button('下移第 8 环节');
    expect(await screen.findByText('征求意见须在区级公示之前完成')).toBeTruthy();
    button('上移第 9 环节');
    button('上移第 8 环节');
    await waitFor(() => expect(screen.queryByText('征求意见须在区级公示之前完成')).toBeNull());

    button('删除第 5 环节');
    expect(await screen.findByText('街道/地区/功能区/产业缺少公示环节（三公示）')).toBeTruthy();
    fireEvent.click(screen.getByText('创建评选'));
    expect(screen.getByText(/处需要修改，已展开相应部分/)).toBeTruthy();
    expect(calls.some((c) => c.key === 'nomination.createRound')).toBe(false);
    fireEvent.click(screen.getByText('恢复默认环节'));
    await waitFor(() => expect(screen.queryByText('街道/地区/功能区/产业缺少公示环节（三公示）')).toBeNull());

    // A new stage goes before the conferral, at the tier before it, and opens for editing.
    fireEvent.click(screen.getByText('添加环节'));
    expect(screen.getByText('第 11 环节 · 区级公示')).toBeTruthy();
    fireEvent.click(group('第 11 环节类型').getByText('初审'));
    // 初审 belongs to the middle tier only: the tier follows, and now goes back down.
    expect(screen.getByText('第 11 环节 · 街道/地区/功能区/产业初审')).toBeTruthy();
    expect(await screen.findByText('环节须自下而上：基层 → 街道/地区/功能区/产业 → 区级')).toBeTruthy();
    fireEvent.click(group('第 11 环节类型').getByText('党组织同意'));
    fireEvent.click(group('第 11 环节办理层级').getByText('区级'));
    await waitFor(() => expect(screen.queryByText('环节须自下而上：基层 → 街道/地区/功能区/产业 → 区级')).toBeNull());
    await typeInto('第 2 环节公示天数', '40');
    expect(await screen.findByText('公示天数应为 1–30 之间的整数')).toBeTruthy();
    await typeInto('第 2 环节公示天数', '7');
    fireEvent.click(group('公示期（第 2 环节）').getByText('自然日'));

    fireEvent.click(screen.getByText('创建评选'));
    await waitFor(() => expect(sent(calls, 'nomination.createRound')).toBeTruthy());
    const stages = sent(calls, 'nomination.createRound')!.config.stages;
    expect(stages).toHaveLength(12);
    expect(stages[1]).toEqual({ kind: 'notice', tier: 'grassroots', noticeRule: { kind: 'calendarDays', days: 7 } });
    expect(stages[10]).toEqual({ kind: 'partyConsent', tier: 'district' });
    expect(stages[11]).toEqual({ kind: 'conferral', tier: 'district' });
  });

  it('a city round ends with the submission upward', async () => {
    const { calls } = renderForm(null);
    fireEvent.click(group('目标级别').getByText('市级'));
    fireEvent.click(screen.getByText('评选环节与公示规则'));
    expect(screen.getByText('第 11 环节 · 区级上报')).toBeTruthy();
    fireEvent.click(screen.getByText('创建评选'));
    await waitFor(() => expect(sent(calls, 'nomination.createRound')).toBeTruthy());
    expect(sent(calls, 'nomination.createRound')!.config).toMatchObject({ targetLevel: 'city' });
    expect(sent(calls, 'nomination.createRound')!.config.stages[10]).toEqual({ kind: 'submission', tier: 'district' });
  });
});

describe('异议处理与民主推荐规则', () => {
  it('sets the objection policy and the quorum rule of each meeting form', async () => {
    const { calls } = renderForm(null);
    fireEvent.click(screen.getByText('异议处理'));
    toggle('受理匿名异议', true);
    toggle('公示期后至表彰决定前仍受理异议', false);
    fireEvent.click(screen.getByText('民主推荐规则'));
    toggle('允许采用分组会议', false);
    expect(screen.queryByText('分组会议到会比例')).toBeNull();
    fireEvent.click(group('职工大会到会比例').getByText('超过'));
    await typeInto('职工大会到会比例分子', '3');
    await typeInto('职工大会到会比例分母', '4');
    await typeInto('职工代表大会赞成票比例分子', '3');
    fireEvent.click(screen.getByText('创建评选'));
    expect(await screen.findByText('赞成票比例不能大于 1（分子不能大于分母）')).toBeTruthy();
    await typeInto('职工代表大会赞成票比例分子', '1');
    await typeInto('职工代表大会到会比例分母', '0');
    expect(await screen.findByText('到会比例的分母至少为 1')).toBeTruthy();
    await typeInto('职工代表大会到会比例分母', '3');
    fireEvent.click(screen.getByText('创建评选'));
    await waitFor(() => expect(sent(calls, 'nomination.createRound')).toBeTruthy());
    const config = sent(calls, 'nomination.createRound')!.config;
    expect(config.objectionPolicy).toEqual({ anonymousAllowed: true, lateObjectionsUntilConferral: false });
    const half = { numerator: 1, denominator: 2, comparison: 'moreThan' };
    expect(config.quorumRules).toEqual({
      workersCongress: { presence: { numerator: 2, denominator: 3, comparison: 'atLeast' }, approval: half },
      staffMeeting: { presence: { numerator: 3, denominator: 4, comparison: 'moreThan' }, approval: half },
    });
  });
});

describe('征求意见部门', () => {
  it('offers the departments that have reviewers, flags those without, and checks typed names', async () => {
    const { calls } = renderForm(null, {
      'nomination.listReviewerDepartments': () => ok({ items: [{ department: '区市场监管局', reviewers: 1 }] }),
    });
    fireEvent.click(screen.getByText('征求意见部门'));
    expect(
      await screen.findByText(
        '「市场监管」「税务」「人社」「应急管理」「生态环境」没有部门审核人授权，征求意见将无人签署：请改用下方已授权的部门名称，或先邀请该部门的审核人。',
      ),
    ).toBeTruthy();
    button('从企业负责人删除市场监管');
    button('为企业负责人添加区市场监管局');
    await typeInto('党政领导干部新增部门', '组');
    fireEvent.click(within(screen.getByText('党政领导干部').parentElement!).getAllByText('添加').at(-1)!);
    expect(await screen.findByText('部门名称应为 2–30 个字')).toBeTruthy();
    await typeInto('党政领导干部新增部门', '纪检监察');
    fireEvent.click(within(screen.getByText('党政领导干部').parentElement!).getAllByText('添加').at(-1)!);
    expect(await screen.findByText('该部门已在列表中')).toBeTruthy();
    await typeInto('党政领导干部新增部门', '区委组织部');
    fireEvent.click(within(screen.getByText('党政领导干部').parentElement!).getAllByText('添加').at(-1)!);
    expect(await screen.findByText('区委组织部 ×')).toBeTruthy();

    fireEvent.click(screen.getByText('创建评选'));
    await waitFor(() => expect(sent(calls, 'nomination.createRound')).toBeTruthy());
    expect(sent(calls, 'nomination.createRound')!.config.consultationDepartments).toEqual({
      enterpriseHead: ['税务', '人社', '应急管理', '生态环境', '区市场监管局'],
      stateEnterpriseHead: ['审计', '纪检监察'],
      privateEnterpriseHead: ['统战部', '工商联'],
      leadingCadre: ['纪检监察', '组织部', '区委组织部'],
    });
  });

  it('says when the reviewer departments cannot be read, and retries', async () => {
    let replies = 0;
    renderForm(null, {
      'nomination.listReviewerDepartments': () =>
        ++replies === 1 ? fail('INTERNAL') : ok({ items: [{ department: '区审计局', reviewers: 2 }] }),
    });
    fireEvent.click(screen.getByText('征求意见部门'));
    fireEvent.click(await screen.findByText('未能读取已授权的审核部门，点此重试（仍可手动填写部门名称）。'));
    expect((await screen.findAllByText('+ 区审计局（2 名审核人）')).length).toBe(4);
  });
});

describe('a frozen round', () => {
  const frozen = () => round({ frozenAt: '2026-09-01T02:00:00Z' });

  it('locks the stage list and the target level; notice rules and the rest are amended with a reason', async () => {
    const { calls, onSaved } = renderForm(frozen(), {
      'nomination.amendRound': (data) => ok({ round: { ...frozen(), config: data.config, version: 3 } }),
    });
    expect(screen.queryByText('市级')).toBeNull();
    fireEvent.click(screen.getByText('基本信息与荣誉称号'));
    expect(screen.getByText('目标级别：区级（规则已冻结，不能更改）')).toBeTruthy();
    fireEvent.click(screen.getByText('评选环节与公示规则'));
    expect(screen.getByText(/环节不能增删或调整顺序，只能修改公示期规则/)).toBeTruthy();
    expect(document.querySelector('[aria-label="上移第 2 环节"]')).toBeNull();
    expect(document.querySelector('[aria-label="删除第 2 环节"]')).toBeNull();
    expect(screen.queryByText('添加环节')).toBeNull();
    await typeInto('第 2 环节公示天数', '7');
    fireEvent.click(group('公示期（第 2 环节）').getByText('自然日'));
    fireEvent.click(screen.getByText('异议处理'));
    toggle('受理匿名异议', true);

    fireEvent.click(screen.getByText('保存修改'));
    const review = await reviewList();
    expect(review.getByText('环节与公示规则')).toBeTruthy();
    expect(review.getByText('第 2 环节 基层公示：5 个工作日 → 7 个自然日')).toBeTruthy();
    expect(review.getByText('异议处理')).toBeTruthy();
    expect(review.getByText('匿名异议：不受理 → 受理')).toBeTruthy();
    expect(screen.getByText(/将作为第 1 次修订记录在案/)).toBeTruthy();
    await typeInto('修订理由', '按市总工会通知调整公示期');
    fireEvent.click(screen.getByText('确认修订'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const input = sent(calls, 'nomination.amendRound')!;
    expect(input.reason).toBe('按市总工会通知调整公示期');
    expect(input.config.stages[1]).toEqual({
      kind: 'notice',
      tier: 'grassroots',
      noticeRule: { kind: 'calendarDays', days: 7 },
    });
    expect(input.config.objectionPolicy.anonymousAllowed).toBe(true);
  });

  it('an unchanged round is not sent; loaded shares are sent back exactly', async () => {
    const config = {
      ...defaultRoundConfig({
        name: '2026年度区劳动模范评选',
        year: 2026,
        targetLevel: 'district',
        titles: [{ name: '区劳动模范', kind: 'modelWorker' }],
      }),
    };
    config.compositionRules = [{ flag: 'woman', measure: 'share', min: 0.57 }];
    const r = round({ frozenAt: '2026-09-01T02:00:00Z', config });
    const { calls } = renderForm(r, { 'nomination.amendRound': () => ok({ round: r }) });
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText('没有修改')).toBeTruthy();
    fireEvent.click(screen.getByText('比例结构'));
    await waitFor(() =>
      expect(
        document.querySelector<HTMLInputElement>('[aria-label="要求 1 下限"] input, input[aria-label="要求 1 下限"]')
          ?.value,
      ).toBe('57'),
    );
    fireEvent.click(screen.getByText('事迹字数上限'));
    await typeInto('详细事迹上限（字）', '3000');
    fireEvent.click(screen.getByText('保存修改'));
    const review = await reviewList();
    expect(review.getByText('详细事迹：2000 字 → 3000 字')).toBeTruthy();
    expect(review.queryByText('比例结构')).toBeNull();
    await typeInto('修订理由', '放宽详细事迹字数');
    fireEvent.click(screen.getByText('确认修订'));
    await waitFor(() => expect(sent(calls, 'nomination.amendRound')).toBeTruthy());
    expect(sent(calls, 'nomination.amendRound')!.config.compositionRules).toEqual([
      { flag: 'woman', measure: 'share', min: 0.57 },
    ]);
  });
});

describe('名额 and the server’s field issues', () => {
  it('a plain edit is reviewed without a reason; a refused quota shows in its section', async () => {
    const config = defaultRoundConfig({
      name: '2026年度区劳动模范评选',
      year: 2026,
      targetLevel: 'district',
      titles: [{ name: '区劳动模范', kind: 'modelWorker' }],
      quotas: [{ orgId: 'unit-gone', seats: 1, allowMoreCandidates: false }],
    });
    const { calls } = renderForm(round({ config }), {
      'nomination.amendRound': () =>
        fail('BAD_REQUEST', { issues: [{ path: ['config', 'quotas', 0, 'orgId'], message: '组织不存在' }] }),
    });
    fireEvent.click(screen.getByText('各组织名额'));
    await typeInto('unit-gone 名额', '3');
    toggle('unit-gone 允许差额', true);
    fireEvent.click(screen.getByText('保存修改'));
    const review = await reviewList();
    expect(review.getByText('unit-gone：1 名 → 3 名（允许差额）')).toBeTruthy();
    expect(screen.getByText('修改说明（选填）')).toBeTruthy();
    fireEvent.click(screen.getByText('确认保存'));
    expect(await screen.findByText('组织不存在')).toBeTruthy();
    expect(document.querySelector('[aria-label="修改内容"]')).toBeNull();
    expect(screen.getByText('1 处需修改')).toBeTruthy();
    expect(sent(calls, 'nomination.amendRound')!.reason).toBeUndefined();
  });
});
