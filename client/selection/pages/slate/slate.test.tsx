/** 推荐名单 as a page: quotas, composition checks, the override form, exports (H5 link; weapp viewer). */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { PublicGrant } from '../../../api/identity';
import { openExportFile, type ExportFile, type SlateItem, type SlateView } from '../../../api/nomination-slate';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import SlatePage from './index';

afterEach(() => taroTest.reset());

const GRANT: PublicGrant = {
  id: 'g1',
  role: 'cadre',
  orgId: 'sub-east',
  orgPathKey: '/district/sub-east/',
  orgName: '东湖街道总工会',
  tier: 'middle',
  capabilities: ['nomination.review'],
  grantedAt: '2026-01-01T00:00:00Z',
};

function item(id: string, over: Partial<SlateItem> = {}): SlateItem {
  return {
    id,
    version: 3,
    name: '钱立新',
    orgId: 'unit-hospital',
    orgName: '东湖社区卫生服务中心工会',
    unitName: '东湖社区卫生服务中心',
    position: '全科医生',
    titleSought: '示范区劳动模范',
    flags: ['technicalStaff'],
    state: { stageIndex: 5, status: 'submitted' },
    stage: { index: 5, kind: 'partyConsent', tier: 'middle' },
    sentUp: false,
    ...over,
  };
}

function slate(over: Partial<SlateView> = {}): SlateView {
  return {
    roundId: 'round-2027',
    roundName: '2027年区级劳动模范评选',
    org: { id: 'sub-east', name: '东湖街道总工会', tier: 'middle' },
    goesUpZh: '「街道/地区/功能区/产业党组织同意」完成、报区级工会时核对',
    quota: { seats: 3, allowMoreCandidates: false, sentUp: 1, pending: 1, over: false },
    compositionApplies: true,
    composition: [
      {
        key: 'frontLineWorker:share:0.4:',
        flag: 'frontLineWorker',
        measure: 'share',
        min: 0.4,
        max: null,
        count: 0,
        total: 2,
        minCount: 1,
        maxCount: null,
        met: false,
        summaryZh: '一线职工不少于40%（现为 0/2）',
      },
      {
        key: 'woman:count:1:',
        flag: 'woman',
        measure: 'count',
        min: 1,
        max: null,
        count: 1,
        total: 2,
        minCount: 1,
        maxCount: null,
        met: true,
        summaryZh: '女性不少于1人（现为 1/2）',
      },
    ],
    override: null,
    canOverride: true,
    version: 2,
    total: 2,
    items: [item('n1'), item('n2', { name: '周红', sentUp: true, flags: ['woman', 'manager'] })],
    nextCursor: null,
    ...over,
  };
}

const FILE: ExportFile = {
  fileId: 'files/export-slate-1.xlsx',
  url: '/files/files/export-slate-1.xlsx',
  name: '东湖街道总工会-推荐名单.xlsx',
  size: 9000,
};

function backend(current: () => SlateView, extra: Record<string, (d: Record<string, unknown>) => unknown> = {}) {
  return fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '街道干部', grants: [GRANT] }),
    'nomination.getSlate': () => ok({ slate: current() }),
    ...extra,
  });
}

describe('推荐名单', () => {
  it('shows the quota, each composition rule met or not, and the nominations', async () => {
    taroTest.setRouterParams({ roundId: 'round-2027', orgId: 'sub-east' });
    const { calls } = backend(() => slate());
    render(<SlatePage />);
    await screen.findByText('东湖街道总工会');
    expect(screen.getByText('名额：3 人')).toBeTruthy();
    expect(screen.getByText('推荐 2 人：已上报 1，待上报 1')).toBeTruthy();
    expect(screen.getByText('一线职工不少于40%（现为 0/2）')).toBeTruthy();
    expect(screen.getByText('未达到')).toBeTruthy();
    expect(screen.getByText('已达到')).toBeTruthy();
    expect(screen.getByText('周红')).toBeTruthy();
    expect(screen.getByText('已上报')).toBeTruthy();
    expect(screen.getByText('女性、管理人员')).toBeTruthy();
    expect(calls.find((c) => c.key === 'nomination.getSlate')?.data).toEqual({
      roundId: 'round-2027',
      orgId: 'sub-east',
    });
  });

  it('asks for a written override when a rule is unmet, checks it, sends it with the version', async () => {
    taroTest.setRouterParams({ roundId: 'round-2027', orgId: 'sub-east' });
    let current = slate();
    const reason = '本街道一线职工人选未获民主推荐通过，经研究按现名单上报';
    const { calls } = backend(() => current, {
      'nomination.overrideSlate': (d) => {
        current = slate({
          version: 3,
          override: {
            reason: d.reason as string,
            byName: '街道干部',
            at: '2026-11-20T02:00:00Z',
            ruleKeys: ['frontLineWorker:share:0.4:'],
            covers: true,
          },
        });
        return ok({ slate: current });
      },
    });
    render(<SlatePage />);
    await screen.findByText('比例结构未达要求，上报前须填写书面说明');
    fireEvent.click(screen.getByText('提交书面说明'));
    await screen.findByText('书面说明不少于 10 个字');
    expect(calls.some((c) => c.key === 'nomination.overrideSlate')).toBe(false);
    await typeInto('书面说明', reason);
    fireEvent.click(screen.getByText('提交书面说明'));
    await screen.findByText('书面说明（已填写，可按现名单上报）');
    expect(screen.getByText(reason)).toBeTruthy();
    expect(calls.find((c) => c.key === 'nomination.overrideSlate')?.data).toEqual({
      roundId: 'round-2027',
      orgId: 'sub-east',
      version: 2,
      reason,
    });
  });

  it('another organization’s cadre sees that the organization must explain, with no form', async () => {
    taroTest.setRouterParams({ roundId: 'round-2027', orgId: 'sub-east' });
    backend(() => slate({ canOverride: false }));
    render(<SlatePage />);
    await screen.findByText('比例结构未达要求：须由「东湖街道总工会」的干部填写书面说明后方可上报。');
    expect(screen.queryByText('提交书面说明')).toBeNull();
  });

  it('exports the slate and a form, and offers the file as a link in H5', async () => {
    taroTest.setRouterParams({ roundId: 'round-2027', orgId: 'sub-east' });
    const { calls } = backend(() => slate(), {
      'nomination.exportSlate': () => ok({ file: FILE }),
      'nomination.exportForm': () =>
        ok({
          file: {
            ...FILE,
            fileId: 'files/export-form-1.xlsx',
            url: '/files/files/export-form-1.xlsx',
            name: '钱立新-推荐审批表.xlsx',
          },
        }),
    });
    render(<SlatePage />);
    fireEvent.click(await screen.findByText('导出名单（Excel）'));
    const link = (await screen.findByText('下载 东湖街道总工会-推荐名单.xlsx')).closest('a')!;
    expect(link.getAttribute('href')).toBe('/files/files/export-slate-1.xlsx');
    expect(link.getAttribute('download')).toBe('东湖街道总工会-推荐名单.xlsx');
    expect(calls.find((c) => c.key === 'nomination.exportSlate')?.data).toEqual({
      roundId: 'round-2027',
      orgId: 'sub-east',
    });
    // Not a cadre of the nominee's unit: no button for the full ID number.
    expect(screen.queryByText('审批表（含身份证号，存档）')).toBeNull();
    fireEvent.click(screen.getAllByText('导出审批表')[0]!);
    await screen.findByText('下载 钱立新-推荐审批表.xlsx');
    expect(calls.find((c) => c.key === 'nomination.exportForm')?.data).toEqual({ id: 'n1' });
  });

  it('a failed export says why; a failed load offers retry; an empty slate says what comes', async () => {
    taroTest.setRouterParams({ roundId: 'round-2027', orgId: 'sub-east' });
    const replies = [fail('NETWORK'), ok({ slate: slate({ total: 0, items: [] }) })];
    backend(() => slate(), {
      'nomination.getSlate': () => replies.shift(),
      'nomination.exportReport': () => fail('FORBIDDEN'),
    });
    render(<SlatePage />);
    fireEvent.click(await screen.findByText('重试'));
    await screen.findByText('名单中还没有人选');
    fireEvent.click(screen.getByText('导出推荐工作报告'));
    await screen.findByText('您没有权限进行此操作');
  });
});

describe('openExportFile (weapp)', () => {
  it('downloads the file and opens it in WeChat’s document viewer', async () => {
    const t = Taro as unknown as Record<string, jest.Mock>;
    t.downloadFile = jest.fn(() => Promise.resolve({ statusCode: 200, tempFilePath: 'wxfile://tmp/a.xlsx' }));
    t.openDocument = jest.fn(() => Promise.resolve({ errMsg: 'openDocument:ok' }));
    expect(await openExportFile({ ...FILE, url: 'https://x.tcb.qcloud.la/exports/a.xlsx' })).toMatchObject({
      ok: true,
    });
    expect(t.downloadFile).toHaveBeenCalledWith({ url: 'https://x.tcb.qcloud.la/exports/a.xlsx' });
    expect(t.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/a.xlsx', fileType: 'xlsx', showMenu: true });
    t.downloadFile = jest.fn(() => Promise.resolve({ statusCode: 404, tempFilePath: '' }));
    expect(await openExportFile(FILE)).toMatchObject({ ok: false, code: 'NETWORK', message: '文件下载失败，请重试' });
  });
});
