/** The story body editor: add, move, delete blocks; images need a description; no HTML anywhere. */
import { useState } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Reply } from '../../../shared/envelope';
import type { ImageUploadDeps } from '../../hooks/use-image-upload';
import { toRendered, type EditorBlock } from '../../lib/story-draft';
import { ok } from '../../test/fixtures';
import { typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { StoryBlocks } from '../story-blocks';
import { BlockEditor } from '.';

afterEach(() => taroTest.reset());

const imageDeps = (): jest.Mocked<ImageUploadDeps> => ({
  choose: jest.fn(() => Promise.resolve({ path: 'blob:photo', name: '义诊.png', ext: 'png', size: 2048 })),
  upload: jest.fn((_path: string, _ext: string) =>
    Promise.resolve<Reply<{ fileId: string }>>(ok({ fileId: 'tmp/photo.png' })),
  ),
});

/** The editor with its own state, and the reader's rendering of what it holds. */
function Harness({ initial = [], deps = imageDeps() }: { initial?: EditorBlock[]; deps?: ImageUploadDeps }) {
  const [blocks, setBlocks] = useState(initial);
  return (
    <>
      <BlockEditor blocks={blocks} errors={{}} onChange={setBlocks} imageDeps={deps} />
      <div className="reader">
        <StoryBlocks blocks={toRendered(blocks)} />
      </div>
    </>
  );
}

const heads = () => Array.from(document.querySelectorAll('.block__type')).map((el) => el.textContent);
const press = (label: string) => fireEvent.click(document.querySelector(`[aria-label="${label}"]`)!);
const valueOf = (label: string) =>
  (document.querySelector(`[aria-label="${label}"] textarea, [aria-label="${label}"] input`) as HTMLTextAreaElement)
    ?.value;

describe('BlockEditor', () => {
  it('offers exactly paragraph, heading, quote and image — no HTML block', async () => {
    render(<Harness />);
    await screen.findByText('+ 段落');
    const offers = Array.from(document.querySelectorAll('.block-add')).map((el) => el.textContent);
    expect(offers).toEqual(['+ 段落', '+ 小标题', '+ 引用', '+ 图片']);
    expect(document.body.textContent).not.toMatch(/HTML|html|源代码/);
  });

  it('adds each kind of block, moves them up and down, and deletes them', async () => {
    render(<Harness />);
    await screen.findByText('+ 段落');
    press('添加段落');
    press('添加小标题');
    press('添加引用');
    press('添加图片');
    expect(heads()).toEqual(['第 1 块 · 段落', '第 2 块 · 小标题', '第 3 块 · 引用', '第 4 块 · 图片']);

    await typeInto('第 1 块段落', '她把居民当家人。');
    await typeInto('第 2 块小标题', '三十年如一日');
    press('上移第 2 块');
    expect(heads()).toEqual(['第 1 块 · 小标题', '第 2 块 · 段落', '第 3 块 · 引用', '第 4 块 · 图片']);
    // The text moves with its block.
    await waitFor(() => expect(valueOf('第 1 块小标题')).toBe('三十年如一日'));
    expect(valueOf('第 2 块段落')).toBe('她把居民当家人。');

    press('下移第 3 块');
    expect(heads()).toEqual(['第 1 块 · 小标题', '第 2 块 · 段落', '第 3 块 · 图片', '第 4 块 · 引用']);
    // At the ends the move is refused.
    expect(document.querySelector('[aria-label="上移第 1 块"]')?.getAttribute('aria-disabled')).toBe('true');
    expect(document.querySelector('[aria-label="下移第 4 块"]')?.getAttribute('aria-disabled')).toBe('true');
    press('上移第 1 块');
    expect(heads()[0]).toBe('第 1 块 · 小标题');

    press('删除第 3 块');
    press('删除第 1 块');
    expect(heads()).toEqual(['第 1 块 · 段落', '第 2 块 · 引用']);
  });

  it('uploads an image in place; it needs a description before the reader shows it as alt text', async () => {
    const deps = imageDeps();
    render(<Harness deps={deps} />);
    await screen.findByText('+ 图片');
    press('添加图片');
    fireEvent.click(await screen.findByText('上传图片'));
    await screen.findByText('更换图片');
    expect(deps.upload).toHaveBeenCalledWith('blob:photo', 'png');
    await typeInto('第 1 块图片说明', '义诊现场');
    await waitFor(() => expect(document.querySelector('.reader [aria-label="义诊现场"]')).toBeTruthy());
  });

  it('refuses a file that is not a picture, or too large, without uploading it', async () => {
    const deps = imageDeps();
    deps.choose
      .mockResolvedValueOnce({ path: 'blob:x', name: '材料.pdf', ext: 'pdf', size: 10 })
      .mockResolvedValueOnce({ path: 'blob:y', name: '大图.jpg', ext: 'jpg', size: 3 * 1024 * 1024 });
    render(<Harness deps={deps} />);
    await screen.findByText('+ 图片');
    press('添加图片');
    fireEvent.click(await screen.findByText('上传图片'));
    await screen.findByText('请选择 JPG、PNG 或 WebP 格式的图片');
    fireEvent.click(screen.getByText('上传图片'));
    await screen.findByText('图片不能超过 2 MB，请压缩后重试');
    expect(deps.upload).not.toHaveBeenCalled();
  });

  it('keeps markup as plain text: the reader shows the characters, never an element', async () => {
    render(<Harness />);
    await screen.findByText('+ 段落');
    press('添加段落');
    await typeInto('第 1 块段落', '<b>粗体</b><img src=x onerror=alert(1)>');
    const reader = document.querySelector('.reader')!;
    await waitFor(() => expect(reader.textContent).toContain('<b>粗体</b><img src=x onerror=alert(1)>'));
    expect(reader.querySelector('b, img[src="x"], script')).toBeNull();
  });
});
