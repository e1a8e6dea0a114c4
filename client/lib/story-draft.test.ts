import { fail } from '../test/fixtures';
import {
  addBlock,
  checkStory,
  emptyDraft,
  moveBlock,
  placeStoryError,
  removeBlock,
  toInput,
  toRendered,
  type EditorBlock,
  type StoryDraft,
} from './story-draft';

const p = (key: string, text: string): EditorBlock => ({ key, type: 'paragraph', text });

function filled(over: Partial<StoryDraft> = {}): StoryDraft {
  return {
    ...emptyDraft(2026),
    title: '扎根社区的好医生',
    summary: '东湖社区卫生服务中心全科医生王秀兰的故事。',
    cover: { fileId: 'tmp/cover.png', url: 'blob:cover' },
    workerName: '王秀兰',
    unitName: '东湖社区卫生服务中心',
    org: { id: 'unit-hospital', name: '东湖社区卫生服务中心工会' },
    industry: '医疗卫生',
    category: '劳动模范',
    blocks: [p('a', ' 她把居民当家人。 ')],
    ...over,
  };
}

describe('story blocks', () => {
  it('move up and down within the list; at an end nothing moves', () => {
    const list = [p('a', '一'), p('b', '二'), p('c', '三')];
    expect(moveBlock(list, 2, -1).map((b) => b.key)).toEqual(['a', 'c', 'b']);
    expect(moveBlock(list, 0, 1).map((b) => b.key)).toEqual(['b', 'a', 'c']);
    expect(moveBlock(list, 0, -1)).toBe(list);
    expect(moveBlock(list, 2, 1)).toBe(list);
    expect(removeBlock(list, 1).map((b) => b.key)).toEqual(['a', 'c']);
    expect(addBlock(list, 'image').at(-1)).toMatchObject({ type: 'image', fileId: '', alt: '' });
  });

  it('an image needs its file and a description for screen readers', () => {
    const image: EditorBlock = { key: 'i', type: 'image', fileId: '', url: '', alt: '  ', caption: '' };
    expect(checkStory(filled({ blocks: [image] }))).toEqual({
      'blocks.0.fileId': '请上传图片',
      'blocks.0.alt': '请填写图片说明，供视障读者收听',
    });
    expect(checkStory(filled({ blocks: [{ ...image, fileId: 'tmp/a.png', alt: '义诊现场' }] }))).toEqual({});
  });

  it('checks every field as the schema does, in Chinese', () => {
    expect(checkStory({ ...emptyDraft(2026), blocks: [], year: '19' })).toEqual({
      title: '请填写标题',
      summary: '请填写摘要',
      coverFileId: '请上传封面图片',
      workerName: '请填写劳模姓名',
      unitName: '请填写工作单位',
      orgId: '请选择所属组织',
      industry: '请填写行业',
      category: '请选择荣誉类别',
      year: '请填写 1950–2100 之间的年份',
      blocks: '正文至少需要一块内容',
    });
    expect(checkStory(filled({ title: '短', blocks: [p('a', '')] }))).toEqual({
      title: '标题应为 4–40 个字',
      'blocks.0.text': '请填写内容，或删除这一块',
    });
  });

  it('sends plain text only: markup typed into a block stays text, trimmed, with no HTML field', () => {
    const input = toInput(
      filled({
        blocks: [
          p('a', '<b>粗体</b><script>alert(1)</script>'),
          { key: 'q', type: 'quote', text: '爱岗敬业', cite: ' ' },
          { key: 'i', type: 'image', fileId: 'tmp/a.png', url: 'blob:a', alt: ' 义诊 ', caption: '' },
        ],
      }),
    );
    expect(input.blocks).toEqual([
      { type: 'paragraph', text: '<b>粗体</b><script>alert(1)</script>' },
      { type: 'quote', text: '爱岗敬业' },
      { type: 'image', fileId: 'tmp/a.png', alt: '义诊' },
    ]);
    expect(input).toMatchObject({ coverFileId: 'tmp/cover.png', orgId: 'unit-hospital', year: 2026 });
    expect(toRendered(filled().blocks)).toEqual([{ type: 'paragraph', text: '她把居民当家人。' }]);
  });

  it('puts the server’s issues on their fields and names the refusals fully', () => {
    const placed = placeStoryError(
      fail('BAD_REQUEST', {
        issues: [
          { path: ['story', 'coverFileId'], message: '请上传 JPG、PNG 或 WebP 图片' },
          { path: ['story', 'blocks', 2, 'alt'], message: '填写的内容有误，请检查后重试' },
        ],
      }),
    );
    expect(placed).toEqual({
      fields: { coverFileId: '请上传 JPG、PNG 或 WebP 图片', 'blocks.2.alt': '图片说明应为 1–120 个字' },
      form: null,
    });
    expect(placeStoryError(fail('CONTENT_RISKY')).form).toMatch(/^内容未通过安全检查/);
    expect(placeStoryError(fail('CONSENT_MISSING')).form).toMatch(/^该劳模尚未同意公开宣传，不能发布/);
  });
});
