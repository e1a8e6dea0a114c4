/** Story bodies are blocks, never HTML: nothing executable survives validation. */
import { isTemporaryFileId, storyBodySchema } from './story-blocks';

describe('story blocks', () => {
  it.each([
    ['an unknown block type', [{ type: 'html', html: '<script>alert(1)</script>' }]],
    ['an event handler field', [{ type: 'paragraph', text: 'hi', onclick: 'alert(1)' }]],
    ['an image by URL', [{ type: 'image', url: 'javascript:alert(1)', alt: 'x' }]],
    ['a javascript: file id', [{ type: 'image', fileId: 'javascript:void', alt: 'x' }]],
    ['a data: file id', [{ type: 'image', fileId: 'data:text/html', alt: 'x' }]],
    ['an empty body', []],
  ])('refuses %s', (_name, body) => {
    expect(storyBodySchema.safeParse(body).success).toBe(false);
  });

  it('accepts the four block kinds', () => {
    const body = [
      { type: 'heading', text: '扎根一线' },
      { type: 'paragraph', text: '正文' },
      { type: 'quote', text: '引言', cite: '某人' },
      { type: 'image', fileId: 'files/abc.jpg', alt: '工作照' },
    ];
    expect(storyBodySchema.safeParse(body).success).toBe(true);
  });
});

describe('temporary uploads', () => {
  it('are tmp/ locally and cloud://<env>/tmp/ in production', () => {
    expect(isTemporaryFileId('tmp/abc.png')).toBe(true);
    expect(isTemporaryFileId('cloud://laomo-prod.6c61/tmp/abc.png')).toBe(true);
    expect(isTemporaryFileId('cloud://laomo-prod.6c61/files/abc.png')).toBe(false);
    expect(isTemporaryFileId('files/abc.png')).toBe(false);
  });
});
