/**
 * 推荐详情: the form with the ID number masked, the stage progress, the timeline, the actions the
 * caller can take now (each in a dialog with its inputs and reason), 发起公示, and CONFLICT.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { file, grant, meWith, round } from '../../../test/nomination-fixtures';
import { taroTest } from '../../../test/taro-mock';
import NominationPage from './index';

jest.mock('../../../lib/choose-file', () => ({
  chooseDocument: jest.fn(() => Promise.resolve({ path: 'blob:doc', name: '党委同意.pdf', ext: 'pdf', size: 4096 })),
}));
jest.mock('../../../api/files', () => ({
  files: { upload: jest.fn(() => Promise.resolve({ ok: true, data: { fileId: 'tmp/doc.pdf' }, serverTime: '' })) },
}));

afterEach(() => taroTest.reset());

const TIMELINE = [
  { seq: 1, action: 'create', at: '2026-09-01T02:00:00Z', actorName: '基层干部', reason: null },
  { seq: 2, action: 'return', at: '2026-09-05T02:00:00Z', actorName: '街道干部', reason: '事迹材料不完整' },
];

type Handler = (d: Record<string, unknown>) => unknown;
function backend(view: ReturnType<typeof file>, extra: Record<string, Handler> = {}, who = grant('g1', 'grassroots')) {
  return fakeBackend({
    'identity.me': () => meWith(who),
    'nomination.getNomination': () => ok({ nomination: view, timeline: TIMELINE }),
    'nomination.getRound': () => ok({ round: round() }),
    ...extra,
  });
}

describe('推荐详情', () => {
  it('shows the form with the ID number masked, the stage progress and the timeline', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    backend(file());
    render(<NominationPage />);
    expect(await screen.findByText('110***********1234')).toBeTruthy();
    expect(screen.getAllByText('李师傅').length).toBeGreaterThan(0);
    const steps = screen.getByLabelText('评选环节');
    expect(steps.querySelectorAll('.stage-progress__step')).toHaveLength(11);
    expect(within(steps).getByText('基层民主推荐')).toBeTruthy();
    expect(within(steps).getByText('区级表彰决定')).toBeTruthy();
    expect(screen.getByText('退回补正')).toBeTruthy();
    expect(screen.getByText('理由：事迹材料不完整')).toBeTruthy();
    // Actions the caller has now, none other.
    expect(screen.getByText('编辑推荐表')).toBeTruthy();
    expect(screen.getByText('登记民主推荐')).toBeTruthy();
    expect(screen.getByText('提交')).toBeTruthy();
    expect(screen.queryByText('审核通过')).toBeNull();
    fireEvent.click(screen.getByText('编辑推荐表'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/selection/pages/nomination-edit/index?id=nom-1' });
  });

  it('records the democratic recommendation, showing the quorum rule’s result as counts are typed', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    const { calls } = backend(file(), {
      'nomination.recordRecommendation': () => ok({ nomination: file({ version: 5 }) }),
    });
    render(<NominationPage />);
    fireEvent.click(await screen.findByText('登记民主推荐'));
    expect(screen.getByText(/本届规则：到会人数不少于全体代表的 2\/3/)).toBeTruthy();
    await typeInto('代表总数', '100');
    await typeInto('到会人数', '70');
    await typeInto('赞成票数', '50');
    expect(await screen.findByText('赞成票未达到规定比例（按全体代表人数计算），未能推荐')).toBeTruthy();
    await typeInto('赞成票数', '51');
    expect(await screen.findByText('符合规定：到会人数和赞成票均达到要求')).toBeTruthy();
    fireEvent.click(screen.getByText('保存民主推荐情况'));
    await waitFor(() => expect(calls.some((c) => c.key === 'nomination.recordRecommendation')).toBe(true));
    const sent = calls.find((c) => c.key === 'nomination.recordRecommendation')!.data;
    expect(sent).toMatchObject({
      id: 'nom-1',
      version: 4,
      record: { form: 'workersCongress', delegatesTotal: 100, present: 70, votesFor: 51 },
    });
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已登记民主推荐情况', icon: 'success' }));
  });

  it('a review needs a written reason; CONFLICT reloads the file with a Chinese toast', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    const reviewing = file({
      state: { stageIndex: 3, status: 'submitted' },
      stage: { index: 3, kind: 'preliminaryReview', tier: 'middle' },
      availableEvents: ['pass', 'return', 'reject', 'replace', 'withdraw'],
    });
    const { calls } = backend(reviewing, { 'nomination.review': () => fail('CONFLICT') }, grant('g2', 'middle'));
    render(<NominationPage />);
    fireEvent.click(await screen.findByText('退回补正', { selector: 'taro-button-core, taro-button-core *' }));
    fireEvent.click(screen.getByText('确认退回补正'));
    expect(await screen.findByText('请填写退回理由')).toBeTruthy();
    expect(calls.some((c) => c.key === 'nomination.review')).toBe(false);
    await typeInto('退回理由', '请补充近三年考核材料');
    fireEvent.click(screen.getByText('确认退回补正'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '该推荐已被他人更新，已刷新为最新内容', icon: 'none' }),
    );
    expect(calls.find((c) => c.key === 'nomination.review')!.data).toMatchObject({
      id: 'nom-1',
      version: 4,
      decision: 'return',
      reason: '请补充近三年考核材料',
    });
    await waitFor(() => expect(calls.filter((c) => c.key === 'nomination.getNomination')).toHaveLength(2));
  });

  it('a middle-tier cadre reaches their slate from the file; a grassroots cadre has no slate link', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    const reviewing = file({
      state: { stageIndex: 3, status: 'submitted' },
      stage: { index: 3, kind: 'preliminaryReview', tier: 'middle' },
      availableEvents: ['pass', 'return', 'reject'],
    });
    backend(reviewing, {}, grant('g2', 'middle'));
    const { unmount } = render(<NominationPage />);
    fireEvent.click(await screen.findByText(/查看东湖街道总工会推荐名单/));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: expect.stringMatching(/^\/selection\/pages\/slate\/index\?roundId=.+&orgId=sub-east$/) as unknown as string,
    });
    unmount();
    backend(reviewing, {}, grant('g1', 'grassroots'));
    render(<NominationPage />);
    await screen.findAllByText(/东湖公交/);
    expect(screen.queryByText(/推荐名单/)).toBeNull();
  });

  it('a submitted file at a notice stage offers 发起公示, which opens the notice page', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    backend(
      file({
        state: { stageIndex: 1, status: 'submitted' },
        stage: { index: 1, kind: 'notice', tier: 'grassroots' },
        availableEvents: ['openNotice', 'return', 'reject', 'replace', 'withdraw'],
      }),
    );
    render(<NominationPage />);
    fireEvent.click(await screen.findByText('发起公示'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/selection/pages/notice-open/index?roundId=round-2026&stageIndex=1&nominationId=nom-1',
    });
  });

  it('a finished file says so instead of naming a tier that still has to act', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    backend(
      file({
        state: { stageIndex: 10, status: 'conferred' },
        stage: { index: 10, kind: 'conferral', tier: 'district' },
        availableEvents: [],
      }),
      {},
      grant('g1', 'district'),
    );
    render(<NominationPage />);
    expect(await screen.findByText('当前没有需要您办理的事项')).toBeTruthy();
    expect(screen.getByText('本推荐已在「区级表彰决定」环节结束（已表彰），无需再办理。')).toBeTruthy();
    expect(screen.queryByText(/由区级工会办理/)).toBeNull();
  });

  it('records the Party consent with the document uploaded through the files port', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    const { calls } = backend(
      file({
        state: { stageIndex: 2, status: 'submitted' },
        stage: { index: 2, kind: 'partyConsent', tier: 'grassroots' },
        availableEvents: ['recordConsent', 'replace', 'withdraw'],
      }),
      { 'nomination.recordConsent': () => ok({ nomination: file({ version: 5 }) }) },
    );
    render(<NominationPage />);
    fireEvent.click(await screen.findByText('登记党组织意见'));
    fireEvent.click(screen.getByText('登记并进入下一环节'));
    expect(await screen.findByText('请上传党组织同意的书面文件')).toBeTruthy();
    await typeInto('签字人', '王书记');
    fireEvent.click(screen.getByText('上传文件'));
    await screen.findByText('党委同意.pdf');
    fireEvent.click(screen.getByText('登记并进入下一环节'));
    await waitFor(() => expect(calls.some((c) => c.key === 'nomination.recordConsent')).toBe(true));
    expect(calls.find((c) => c.key === 'nomination.recordConsent')!.data).toMatchObject({
      signer: '王书记',
      documentFileId: 'tmp/doc.pdf',
    });
  });

  it('a department reviewer signs agree or disagree with a comment', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    const { calls } = backend(
      file({
        state: { stageIndex: 6, status: 'awaitingConsultation' },
        stage: { index: 6, kind: 'departmentConsultation', tier: 'district' },
        availableEvents: ['signConsultation'],
      }),
      { 'nomination.signConsultation': () => ok({ nomination: file({ version: 5 }) }) },
      { ...grant('g9', 'district', { role: 'departmentReviewer', capabilities: [], department: '市场监管' }) },
    );
    render(<NominationPage />);
    fireEvent.click(await screen.findByText('签署部门意见'));
    fireEvent.click(screen.getByText('签署意见'));
    expect(await screen.findByText('请选择同意或不同意')).toBeTruthy();
    fireEvent.click(screen.getByText('同意'));
    await typeInto('意见说明', '未发现违法违规记录');
    fireEvent.click(screen.getByText('签署意见'));
    await waitFor(() => expect(calls.some((c) => c.key === 'nomination.signConsultation')).toBe(true));
    expect(calls.find((c) => c.key === 'nomination.signConsultation')!.data).toMatchObject({
      decision: 'agree',
      comment: '未发现违法违规记录',
    });
  });

  it('replacing opens the new file; a cadre without the capability sees the gate; a missing file says so', async () => {
    taroTest.setRouterParams({ id: 'nom-1' });
    backend(file(), {
      'nomination.replace': () =>
        ok({ nomination: file({ state: { stageIndex: 0, status: 'replaced' } }), replacement: file({ id: 'nom-2' }) }),
    });
    const page = render(<NominationPage />);
    fireEvent.click(await screen.findByText('替换人选'));
    await typeInto('替换原因', '本人因工作调动放弃推荐');
    fireEvent.click(screen.getByText('确认替换'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/selection/pages/nomination/index?id=nom-2' }),
    );
    page.unmount();

    fakeBackend({
      'identity.me': () => meWith(grant('g1', 'grassroots')),
      'nomination.getNomination': () => fail('NOT_FOUND'),
    });
    const missing = render(<NominationPage />);
    expect(await screen.findByText('推荐不存在或不在您的办理范围内')).toBeTruthy();
    missing.unmount();

    fakeBackend({ 'identity.me': () => meWith(grant('g1', 'grassroots', { capabilities: ['content.manage'] })) });
    render(<NominationPage />);
    expect(await screen.findByText('您没有推荐审核权限')).toBeTruthy();
  });
});
