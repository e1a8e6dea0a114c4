/**
 * 编辑故事 as a page: unsaved edits kept on the device and restored, checks before sending, the
 * publish confirmation, the server's refusals in Chinese and on their fields, CONFLICT, 一键下线.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fail, ok } from '../../../test/fixtures';
import { childrenOf, fakeBackend, org, SUB_EAST, typeInto } from '../../../test/forms';
import { taroTest } from '../../../test/taro-mock';
import StoryEditPage from './index';

jest.mock('../../../lib/choose-file', () => ({
  chooseImage: jest.fn(() => Promise.resolve({ path: 'blob:cover', name: '封面.png', ext: 'png', size: 4096 })),
}));
jest.mock('../../../api/files', () => ({
  files: { upload: jest.fn(() => Promise.resolve({ ok: true, data: { fileId: 'tmp/cover.png' }, serverTime: '' })) },
}));

afterEach(() => taroTest.reset());

const ME = ok({
  signedIn: true,
  displayName: '街道干部',
  grants: [
    {
      id: 'g1',
      role: 'cadre',
      orgId: 'sub-east',
      orgPathKey: '/district/sub-east/',
      orgName: '东湖街道总工会',
      tier: 'middle',
      capabilities: ['content.manage'],
      grantedAt: '2026-01-01T00:00:00Z',
    },
  ],
});
const HOSPITAL = org('unit-hospital', { name: '东湖社区卫生服务中心工会' });

function stored(over: Record<string, unknown> = {}) {
  return {
    story: {
      id: 'story-02',
      version: 3,
      status: 'draft',
      needsReview: false,
      coverUrl: '/files/files/cover-02.png',
      title: '扎根社区的好医生',
      summary: '东湖社区卫生服务中心全科医生王秀兰的故事。',
      coverFileId: 'files/cover-02.png',
      modelWorkerId: 'mw-02',
      workerName: '王秀兰',
      unitName: '东湖社区卫生服务中心',
      orgId: 'unit-hospital',
      industry: '医疗卫生',
      category: '劳动模范',
      year: 2026,
      blocks: [{ type: 'paragraph', text: '她把居民当家人。' }],
      ...over,
    },
    images: [{ fileId: 'files/cover-02.png', url: '/files/files/cover-02.png' }],
  };
}

type Handler = (d: Record<string, unknown>) => unknown;
function backend(extra: Record<string, Handler> = {}) {
  return fakeBackend({
    'identity.me': () => ME,
    'org.get': (d) => ok({ org: [SUB_EAST, HOSPITAL].find((o) => o.id === d.id) }),
    'org.children': childrenOf([HOSPITAL]),
    'promotion.getManagedStory': () => ok(stored()),
    ...extra,
  });
}

const valueOf = (label: string) =>
  (document.querySelector(`[aria-label="${label}"] input, [aria-label="${label}"] textarea`) as HTMLInputElement)
    ?.value;
const kept = (id = 'new') => taroTest.storage.get(`laomo.storyDraft.${id}`) as { draft: { title: string } } | undefined;

describe('编辑故事', () => {
  it('keeps a new story’s edits on the device, restores them on reopening, and clears them once saved', async () => {
    taroTest.setRouterParams({ grant: 'g1' });
    const { calls } = backend({
      'promotion.saveStory': () => ok({ id: 's-new', version: 1, status: 'draft', needsReview: false }),
    });
    const first = render(<StoryEditPage />);
    await typeInto('标题', '扎根社区的好医生');
    await waitFor(() => expect(kept()?.draft.title).toBe('扎根社区的好医生'));
    first.unmount();

    render(<StoryEditPage />);
    await screen.findByText('已恢复您上次未保存的修改。');
    await waitFor(() => expect(valueOf('标题')).toBe('扎根社区的好医生'));
    await typeInto('摘要', '东湖社区卫生服务中心全科医生王秀兰的故事。');
    // The cover's upload (the consent's own upload, for a person without a record, comes later in the form).
    fireEvent.click(screen.getAllByText('上传图片')[0]!);
    await screen.findByText('更换图片');
    await typeInto('劳模姓名', '王秀兰');
    await typeInto('工作单位', '东湖社区卫生服务中心');
    fireEvent.click(screen.getByText('在「东湖街道总工会」及其下级中选择'));
    const row = (await screen.findByText('东湖社区卫生服务中心工会')).closest('.org-row')!;
    fireEvent.click(row.querySelector('.org-action')!);
    await typeInto('行业', '医疗卫生');
    fireEvent.click(screen.getByText('劳动模范'));
    await typeInto('第 1 块段落', '她把居民当家人。');
    fireEvent.click(screen.getByText('保存草稿'));

    await screen.findByText('已保存');
    const save = calls.find((c) => c.key === 'promotion.saveStory')!;
    expect(save.data).toEqual({
      story: {
        title: '扎根社区的好医生',
        summary: '东湖社区卫生服务中心全科医生王秀兰的故事。',
        coverFileId: 'tmp/cover.png',
        workerName: '王秀兰',
        unitName: '东湖社区卫生服务中心',
        orgId: 'unit-hospital',
        industry: '医疗卫生',
        category: '劳动模范',
        year: new Date().getFullYear(),
        blocks: [{ type: 'paragraph', text: '她把居民当家人。' }],
      },
    });
    expect(kept()).toBeUndefined();
    expect(screen.getByText('草稿')).toBeTruthy();
  });

  it('an existing story: edits kept on the device win over the server copy until 放弃修改', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'story-02' });
    const draft = { ...stored().story, title: '社区里的“家庭医生”' };
    taroTest.storage.set('laomo.storyDraft.story-02', {
      baseVersion: 2, // the server has moved on to version 3 since
      keptAt: 1,
      draft: {
        title: draft.title,
        summary: draft.summary,
        cover: { fileId: draft.coverFileId, url: draft.coverUrl },
        modelWorkerId: 'mw-02',
        workerName: '王秀兰',
        unitName: draft.unitName,
        org: { id: 'unit-hospital', name: '东湖社区卫生服务中心工会' },
        industry: '医疗卫生',
        category: '劳动模范',
        year: '2026',
        blocks: [{ key: 'k1', type: 'paragraph', text: '她把居民当家人。' }],
      },
    });
    backend();
    render(<StoryEditPage />);
    await screen.findByText('已恢复您上次未保存的修改。');
    await waitFor(() => expect(valueOf('标题')).toBe('社区里的“家庭医生”'));
    expect(screen.getByText(/^这篇故事在您上次编辑之后已被他人修改/)).toBeTruthy();
    fireEvent.click(screen.getByText('放弃修改'));
    await waitFor(() => expect(valueOf('标题')).toBe('扎根社区的好医生'));
    expect(kept('story-02')).toBeUndefined();
  });

  it('publishing asks for confirmation first; CONSENT_MISSING is said in Chinese; then it publishes', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'story-02' });
    let consent = false;
    const { calls } = backend({
      'promotion.publishStory': () =>
        consent ? ok({ id: 'story-02', version: 4, status: 'published' }) : fail('CONSENT_MISSING'),
    });
    render(<StoryEditPage />);
    await waitFor(() => expect(valueOf('标题')).toBe('扎根社区的好医生'));
    fireEvent.click(screen.getByText('发布'));
    await screen.findByText('发布后，所有读者都能在「劳模故事」中看到这篇故事。');
    expect(calls.some((c) => c.key === 'promotion.publishStory')).toBe(false);

    fireEvent.click(screen.getByText('确认发布'));
    await screen.findByText('该劳模尚未同意公开宣传，不能发布。请先在劳模档案中登记本人的宣传同意');
    consent = true;
    fireEvent.click(screen.getByText('确认发布'));
    await waitFor(() => expect(screen.queryByText('确认发布')).toBeNull());
    expect(calls.filter((c) => c.key === 'promotion.publishStory').map((c) => c.data)).toEqual([
      { id: 'story-02', version: 3 },
      { id: 'story-02', version: 3 },
    ]);
    expect(calls.some((c) => c.key === 'promotion.saveStory')).toBe(false); // nothing unsaved
    expect(await screen.findByText('已发布')).toBeTruthy();
    expect(screen.getByText('下线')).toBeTruthy();
  });

  it('a person without a record: publishing needs the consent on the story; it is saved with the story, then published', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'story-07' });
    const noRecord = stored({ id: 'story-07', modelWorkerId: undefined, workerName: '何晓梅' });
    delete (noRecord.story as { modelWorkerId?: string }).modelWorkerId;
    let version = 3;
    const { calls } = backend({
      'promotion.getManagedStory': () => ok({ ...noRecord, story: { ...noRecord.story, version } }),
      'promotion.saveStory': () => {
        version = 4;
        return ok({ id: 'story-07', version: 4, status: 'draft', needsReview: false });
      },
      'promotion.publishStory': () => ok({ id: 'story-07', version: 5, status: 'published' }),
    });
    const { container } = render(<StoryEditPage />);
    await waitFor(() => expect(valueOf('标题')).toBe('扎根社区的好医生'));
    expect(screen.getByText('本人宣传同意（发布前必填）')).toBeTruthy();
    expect(screen.queryByText(/一键下线/)).toBeNull(); // no record to unpublish by

    fireEvent.click(screen.getByText('发布'));
    fireEvent.click(await screen.findByText('确认发布'));
    const message =
      '故事中的人物没有劳模档案，发布前须登记本人的宣传同意：请在「本人宣传同意」中填写同意声明、签署日期，并上传签字的同意书';
    expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
    fireEvent.click(document.querySelector('.sheet-actions__cancel')!);
    expect(screen.getByText('请填写同意声明')).toBeTruthy();
    expect(screen.getByText('请选择签署日期')).toBeTruthy();
    expect(screen.getByText('请上传本人签字的同意书').closest('.field')?.textContent).toContain('签字的同意书');
    expect(calls.some((c) => c.key === 'promotion.publishStory' || c.key === 'promotion.saveStory')).toBe(false);

    await typeInto('同意声明', '本人同意在劳模宣传中公开我的姓名、单位、事迹和照片。');
    const picker = container.querySelector('[aria-label="签署日期日期"]')!.closest('taro-picker-core')!;
    act(() => {
      picker.dispatchEvent(new CustomEvent('change', { detail: { value: '2027-03-02' }, bubbles: true }));
    });
    await screen.findByText('2027年3月2日');
    const consent = container.querySelector('.story-form__consent')!;
    fireEvent.click(consent.querySelector('.image-field__btn')!);
    await waitFor(() => expect(consent.textContent).toContain('更换图片'));

    fireEvent.click(screen.getByText('发布'));
    fireEvent.click(await screen.findByText('确认发布'));
    await screen.findByText('已发布');
    const save = calls.find((c) => c.key === 'promotion.saveStory')!.data as { story: Record<string, unknown> };
    expect(save.story.consent).toEqual({
      statement: '本人同意在劳模宣传中公开我的姓名、单位、事迹和照片。',
      signedOn: '2027-03-02',
      documentFileId: 'tmp/cover.png',
    });
    expect(save.story).not.toHaveProperty('modelWorkerId');
    expect(calls.find((c) => c.key === 'promotion.publishStory')!.data).toEqual({ id: 'story-07', version: 4 });
  });

  it('shows a saved consent; STORY_CONSENT_MISSING from the server is said in Chinese', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'story-07' });
    const withConsent = stored({
      id: 'story-07',
      workerName: '何晓梅',
      consent: {
        statement: '本人同意公开我的事迹和照片。',
        signedOn: '2027-03-02',
        documentFileId: 'files/consent.jpg',
      },
    });
    delete (withConsent.story as { modelWorkerId?: string }).modelWorkerId;
    withConsent.images.push({ fileId: 'files/consent.jpg', url: '/files/files/consent.jpg' });
    backend({
      'promotion.getManagedStory': () => ok(withConsent),
      'promotion.publishStory': () => fail('STORY_CONSENT_MISSING'),
    });
    const { container } = render(<StoryEditPage />);
    await waitFor(() => expect(valueOf('同意声明')).toBe('本人同意公开我的事迹和照片。'));
    expect(screen.getByText('2027年3月2日')).toBeTruthy();
    expect(container.querySelector('[aria-label="签字的同意书（照片或扫描件）预览"]')).toBeTruthy();
    fireEvent.click(screen.getByText('发布'));
    fireEvent.click(await screen.findByText('确认发布'));
    await screen.findByText(/^故事中的人物没有劳模档案，发布前须登记本人的宣传同意/);
  });

  it('an image block needs its description: nothing is sent without one', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'story-02' });
    const { calls } = backend();
    render(<StoryEditPage />);
    await waitFor(() => expect(valueOf('标题')).toBe('扎根社区的好医生'));
    fireEvent.click(document.querySelector('[aria-label="添加图片"]')!);
    const block = document.querySelectorAll('.block')[1]!;
    fireEvent.click(block.querySelector('.image-field__btn')!);
    await waitFor(() => expect(block.textContent).toContain('更换图片'));
    fireEvent.click(screen.getByText('保存草稿'));
    const message = await screen.findByText('请填写图片说明，供视障读者收听');
    expect(message.closest('.field')?.textContent).toContain('图片说明（必填');
    expect(screen.getByText('还有未填好的内容，请按红字提示修改')).toBeTruthy();
    expect(calls.some((c) => c.key === 'promotion.saveStory')).toBe(false);
  });

  it('shows CONTENT_RISKY in Chinese, server issues under their fields; CONFLICT reloads the version, keeps the edits', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'story-02' });
    const replies = [
      fail('CONTENT_RISKY'),
      fail('BAD_REQUEST', { issues: [{ path: ['story', 'coverFileId'], message: '图片不存在，请重新上传' }] }),
      fail('CONFLICT'),
      ok({ id: 'story-02', version: 5, status: 'draft', needsReview: true }),
    ];
    let version = 3;
    const { calls } = backend({
      'promotion.getManagedStory': () => ok(stored({ version })),
      'promotion.saveStory': () => replies.shift(),
    });
    render(<StoryEditPage />);
    await waitFor(() => expect(valueOf('标题')).toBe('扎根社区的好医生'));
    await typeInto('标题', '社区里的“家庭医生”');
    fireEvent.click(screen.getByText('保存草稿'));
    await screen.findByText('内容未通过安全检查：标题、摘要或正文中可能有不宜公开的内容，请修改后重试');

    fireEvent.click(screen.getByText('保存草稿'));
    const cover = await screen.findByText('图片不存在，请重新上传');
    expect(cover.closest('.field')?.textContent).toContain('封面图片');

    version = 4; // someone else saved meanwhile
    fireEvent.click(screen.getByText('保存草稿'));
    await screen.findByText(/^故事已被他人修改：已载入最新版本/);
    await waitFor(() => expect(calls.filter((c) => c.key === 'promotion.getManagedStory')).toHaveLength(2));
    expect(valueOf('标题')).toBe('社区里的“家庭医生”');
    await act(async () => fireEvent.click(screen.getByText('保存草稿')));
    await screen.findByText('已保存。内容检查提示部分文字需人工复核，发布前请再次核对全文');
    expect(screen.getByText('待人工复核')).toBeTruthy();
    const versions = calls.filter((c) => c.key === 'promotion.saveStory').map((c) => c.data.version);
    expect(versions).toEqual([3, 3, 3, 4]);
  });

  it('一键下线: every story about the model worker, with a reason, and says how many', async () => {
    taroTest.setRouterParams({ grant: 'g1', id: 'story-02' });
    const { calls } = backend({ 'promotion.unpublishStoriesOfPerson': () => ok({ unpublished: 2 }) });
    render(<StoryEditPage />);
    fireEvent.click(await screen.findByText('一键下线「王秀兰」的全部故事'));
    await screen.findByText(/将下线关于「王秀兰」的全部已发布故事/);
    fireEvent.click(screen.getByText('全部下线'));
    await screen.findByText('请填写原因');
    expect(calls.some((c) => c.key === 'promotion.unpublishStoriesOfPerson')).toBe(false);
    await typeInto('下线原因', '本人撤回宣传同意');
    fireEvent.click(screen.getByText('全部下线'));
    await screen.findByText('已下线关于「王秀兰」的 2 篇已发布故事');
    expect(calls.find((c) => c.key === 'promotion.unpublishStoriesOfPerson')?.data).toEqual({
      modelWorkerId: 'mw-02',
      reason: '本人撤回宣传同意',
    });
  });
});
