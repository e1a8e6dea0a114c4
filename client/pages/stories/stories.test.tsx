/** 劳模故事: filter chips (one filter at a time, as the API takes them), search, and their empty states. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ok, story } from '../../test/fixtures';
import { fakeBackend, typeInto } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import StoriesPage from './index';

afterEach(() => taroTest.reset());

type ListInput = { filter?: Record<string, unknown>; search?: string; cursor?: string | null };

function backend() {
  return fakeBackend({
    'content.listStories': (data) => {
      const input = data as ListInput;
      if (input.search === '林小') return ok({ items: [story(12, { workerName: '林小燕' })], nextCursor: null });
      if (input.search || input.filter?.year) return ok({ items: [], nextCursor: null });
      return ok({ items: [story(1), story(2)], nextCursor: null });
    },
  });
}

const chip = (text: string) => screen.getByText(text, { selector: '[aria-role="radio"], [aria-role="tab"]' });
const lastInput = (calls: Array<{ data: Record<string, unknown> }>) => calls[calls.length - 1]!.data;

describe('劳模故事', () => {
  it('applies one filter at a time; choosing it again clears it', async () => {
    const { calls } = backend();
    render(<StoriesPage />);
    await screen.findByText(story(1).title);
    expect(lastInput(calls)).toEqual({ cursor: null, limit: 10 });

    fireEvent.click(chip('行业'));
    fireEvent.click(await screen.findByText('电力'));
    await waitFor(() => expect(lastInput(calls)).toEqual({ cursor: null, limit: 10, filter: { industry: '电力' } }));
    expect(chip('行业·电力').getAttribute('aria-selected')).toBe('true');
    expect(chip('电力').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('劳模故事 · 电力')).toBeTruthy();

    // Another dimension replaces the filter: never two at once.
    fireEvent.click(chip('类别'));
    fireEvent.click(await screen.findByText('五一劳动奖章'));
    await waitFor(() => expect(lastInput(calls)).toMatchObject({ filter: { category: '五一劳动奖章' } }));
    expect(lastInput(calls).filter).toEqual({ category: '五一劳动奖章' });
    expect(screen.getByText('行业').getAttribute('aria-selected')).toBe('false');

    fireEvent.click(chip('五一劳动奖章'));
    await waitFor(() => expect(lastInput(calls)).toEqual({ cursor: null, limit: 10 }));
    expect(chip('全部').getAttribute('aria-selected')).toBe('true');
  });

  it('an empty filter says so and offers every story', async () => {
    const { calls } = backend();
    render(<StoriesPage />);
    fireEvent.click(chip('年份'));
    fireEvent.click(await screen.findByText(`${new Date().getFullYear() - 1}年`));
    await screen.findByText(`暂无年份为“${new Date().getFullYear() - 1}年”的故事`);
    fireEvent.click(screen.getByText('查看全部'));
    await screen.findByText(story(1).title);
    expect(lastInput(calls)).toEqual({ cursor: null, limit: 10 });
  });

  it('searches by the start of a name, clears the filter, and clears with ×', async () => {
    const { calls } = backend();
    render(<StoriesPage />);
    fireEvent.click(chip('行业'));
    fireEvent.click(await screen.findByText('电力'));
    await typeInto('搜索劳模姓名或故事标题', ' 林小 ');
    fireEvent.click(screen.getByText('搜索'));
    await screen.findByText('林小燕 · 示范区公交集团');
    expect(lastInput(calls)).toEqual({ search: '林小' });
    expect(screen.getByText('搜索“林小”')).toBeTruthy();
    expect(chip('全部').getAttribute('aria-selected')).toBe('false');

    fireEvent.click(screen.getByLabelText('清除搜索'));
    await screen.findByText(story(1).title);
    expect(lastInput(calls)).toEqual({ cursor: null, limit: 10 });
  });

  it('a search with no result says what to try and clears the search', async () => {
    backend();
    render(<StoriesPage />);
    await typeInto('搜索劳模姓名或故事标题', '不存在');
    fireEvent.click(screen.getByText('搜索'));
    await screen.findByText('没有找到与“不存在”有关的故事');
    expect(screen.getByText(/可以少输几个字再试/)).toBeTruthy();
    fireEvent.click(screen.getByText('清除搜索', { selector: 'taro-button-core, taro-button-core *' }));
    await screen.findByText(story(1).title);
  });
});
