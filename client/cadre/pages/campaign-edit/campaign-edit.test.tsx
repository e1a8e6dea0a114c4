/** 宣传月设置 as a page: district only, the six phrases prefilled, featured stories, save and publish. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ManagedCampaign } from '../../../api/promotion';
import { fail, ok } from '../../../test/fixtures';
import { fakeBackend, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import CampaignEditPage from './index';

afterEach(() => taroTest.reset());

const grant = (tier: 'district' | 'middle') => ({
  id: `g-${tier}`,
  role: 'cadre',
  orgId: tier === 'district' ? 'district' : 'sub-east',
  orgPathKey: tier === 'district' ? '/district/' : '/district/sub-east/',
  orgName: tier === 'district' ? '示范区总工会' : '东湖街道总工会',
  tier,
  capabilities: ['content.manage'],
  grantedAt: '2026-01-01T00:00:00Z',
});

const CAMPAIGN: ManagedCampaign = {
  id: 'campaign-2027',
  version: 2,
  status: 'draft',
  theme: '2027年劳模宣传月：劳动最光荣',
  startsAt: '2027-04-30T16:00:00.000Z',
  endsAt: '2027-05-31T16:00:00.000Z',
  bannerFileId: 'demo/campaign-2027.svg',
  bannerUrl: '/files/demo/campaign-2027.svg',
  spirit: ['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献'],
  featuredStoryIds: ['story-12'],
  schedule: [{ date: '2027-05-01', title: '启动仪式暨劳模故事发布' }],
};

const STORIES = [
  { id: 'story-12', title: '芯片上的匠心', status: 'published' },
  { id: 'story-05', title: '一线电力人', status: 'published' },
  { id: 'story-x', title: '尚未发布的草稿', status: 'draft' },
].map((s) => ({
  ...s,
  version: 1,
  workerName: '刘志强',
  unitName: '单位',
  coverUrl: '',
  needsReview: false,
  publishedAt: null,
}));

function backend(campaigns: ManagedCampaign[], tier: 'district' | 'middle' = 'district') {
  let saved = 0;
  let published = false;
  return fakeBackend({
    'identity.me': () => ok({ signedIn: true, displayName: '干部', grants: [grant(tier)] }),
    'promotion.listCampaigns': () =>
      ok({
        items: campaigns.map((c) => ({
          ...c,
          version: c.version + saved + (published ? 1 : 0),
          status: published ? ('published' as const) : c.status,
        })),
        nextCursor: null,
      }),
    'promotion.listManagedStories': () => ok({ items: STORIES, nextCursor: null }),
    'promotion.saveCampaign': () => {
      saved += 1;
      return ok({ id: 'campaign-2027', version: 3, status: 'draft' });
    },
    'promotion.publishCampaign': () => {
      published = true;
      return ok({ id: 'campaign-2027', version: 4, status: 'published' });
    },
  });
}

const valueOf = (label: string) =>
  (document.querySelector(`[aria-label="${label}"] input`) as HTMLInputElement | null)?.value;

describe('宣传月设置', () => {
  it('is the district’s: a street cadre is told so', async () => {
    backend([], 'middle');
    render(<CampaignEditPage />);
    expect(await screen.findByText('宣传月由区总工会内容管理人员设置')).toBeTruthy();
  });

  it('a new campaign comes with the six spirit phrases; publishing stops at the missing banner', async () => {
    const { calls } = backend([]);
    render(<CampaignEditPage />);
    await waitFor(() => expect(valueOf('第 6 句')).toBe('甘于奉献'));
    expect([1, 2, 3, 4, 5, 6].map((n) => valueOf(`第 ${n} 句`))).toEqual([
      '爱岗敬业',
      '争创一流',
      '艰苦奋斗',
      '勇于创新',
      '淡泊名利',
      '甘于奉献',
    ]);
    fireEvent.click(screen.getByText('发布'));
    fireEvent.click(await screen.findByText('确认发布'));
    await screen.findByText('请上传横幅图片');
    expect((await screen.findAllByText('还有未填好的内容，请按红字提示修改')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.key === 'promotion.saveCampaign' || c.key === 'promotion.publishCampaign')).toBe(false);
  });

  it('edits the newest campaign: features a published story, saves the dates as Shanghai midnights, then publishes', async () => {
    const { calls } = backend([CAMPAIGN]);
    render(<CampaignEditPage />);
    await waitFor(() => expect(valueOf('主题')).toBe('2027年劳模宣传月：劳动最光荣'));
    expect(screen.getByText('2027年5月31日')).toBeTruthy(); // the last day, not the stored midnight after it
    await screen.findByText('1. 芯片上的匠心');

    fireEvent.click(screen.getByText('选择故事'));
    await screen.findByText('一线电力人');
    expect(screen.queryByText('尚未发布的草稿')).toBeNull();
    fireEvent.click(screen.getByText('一线电力人'));
    fireEvent.click(document.querySelector('.sheet__close')!);
    await screen.findByText('2. 一线电力人');
    await typeInto('第 1 行日程内容', '启动仪式');

    fireEvent.click(screen.getByText('保存'));
    await waitFor(() => expect(calls.some((c) => c.key === 'promotion.saveCampaign')).toBe(true));
    expect(calls.find((c) => c.key === 'promotion.saveCampaign')!.data).toEqual({
      id: 'campaign-2027',
      version: 2,
      campaign: {
        theme: '2027年劳模宣传月：劳动最光荣',
        startsAt: '2027-05-01T00:00:00+08:00',
        endsAt: '2027-06-01T00:00:00+08:00',
        bannerFileId: 'demo/campaign-2027.svg',
        spirit: CAMPAIGN.spirit,
        featuredStoryIds: ['story-12', 'story-05'],
        schedule: [{ date: '2027-05-01', title: '启动仪式' }],
      },
    });
    // Saved: 发布 now publishes the saved version, after confirmation.
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.listCampaigns')).toHaveLength(2));
    fireEvent.click(screen.getByText('发布'));
    fireEvent.click(await screen.findByText('确认发布'));
    await waitFor(() =>
      expect(calls.find((c) => c.key === 'promotion.publishCampaign')?.data).toEqual({
        id: 'campaign-2027',
        version: 3,
      }),
    );
    // The status and the (now idle) button both say so.
    expect(await screen.findAllByText('已发布')).toHaveLength(2);
  });

  it('下线 of the published campaign asks for a reason, sends it with the version, and shows 已下线', async () => {
    let status: ManagedCampaign['status'] = 'published';
    let version = 5;
    const sent: unknown[] = [];
    const { calls } = fakeBackend({
      'identity.me': () => ok({ signedIn: true, displayName: '干部', grants: [grant('district')] }),
      'promotion.listCampaigns': () => ok({ items: [{ ...CAMPAIGN, status, version }], nextCursor: null }),
      'promotion.listManagedStories': () => ok({ items: STORIES, nextCursor: null }),
      'promotion.unpublishCampaign': (d) => {
        sent.push(d);
        if (d.version !== 6) return fail('CONFLICT');
        status = 'unpublished';
        version = 7;
        return ok({ id: 'campaign-2027', version: 7, status: 'unpublished' });
      },
    });
    render(<CampaignEditPage />);
    await waitFor(() => expect(valueOf('主题')).toBe('2027年劳模宣传月：劳动最光荣'));
    fireEvent.click(screen.getByLabelText('下线宣传月'));
    await screen.findByText(/下线后首页立即退出宣传月样式/);
    fireEvent.click(screen.getByText('确认下线'));
    await screen.findByText('请填写原因');
    expect(sent).toHaveLength(0);

    await typeInto('下线原因', '宣传月方案调整');
    version = 6; // someone else saved meanwhile: CONFLICT, the list reloads, the retry sends the new version
    fireEvent.click(screen.getByText('确认下线'));
    await screen.findByText('内容已被他人修改，请刷新后重试');
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.listCampaigns')).toHaveLength(2));
    fireEvent.click(screen.getByText('确认下线'));
    await waitFor(() => expect(screen.queryByText('确认下线')).toBeNull());
    expect(sent).toEqual([
      { id: 'campaign-2027', version: 5, reason: '宣传月方案调整' },
      { id: 'campaign-2027', version: 6, reason: '宣传月方案调整' },
    ]);
    await screen.findByText('已下线');
    expect(screen.queryByLabelText('下线宣传月')).toBeNull();
    expect(screen.getByText('发布')).toBeTruthy(); // it can be published again
  });
});
