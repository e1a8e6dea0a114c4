import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Reply } from '../../../shared/envelope';
import type { StoryCard } from '../../api/content';
import { usePagedList, type Page } from '../../hooks/use-paged-list';
import { fail, ok, story } from '../../test/fixtures';
import { taroTest } from '../../test/taro-mock';
import { StoryFeed } from '.';

afterEach(() => taroTest.reset());

function Feed({ fetchPage }: { fetchPage: (cursor: string | null) => Promise<Reply<Page<StoryCard>>> }) {
  const list = usePagedList(fetchPage, (s) => s.id);
  return <StoryFeed list={list} />;
}

function queue(...replies: Array<Reply<Page<StoryCard>>>) {
  return jest.fn(async () => replies.shift() ?? fail('INTERNAL'));
}

describe('StoryFeed', () => {
  it('shows skeletons, then an error with 重试, then the stories', async () => {
    const fetchPage = queue(fail('NETWORK'), ok({ items: [story(1)], nextCursor: null }));
    const { container } = render(<Feed fetchPage={fetchPage} />);
    expect(container.querySelectorAll('.story-card--skeleton')).toHaveLength(3);

    await screen.findByText('网络连接失败，请检查网络后重试');
    fireEvent.click(screen.getByText('重试'));

    await screen.findByText('第 1 个劳模故事：三十年坚守一线的技术能手');
    expect(container.querySelector('.story-card--skeleton')).toBeNull();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    // Each card sits in its own CustomWrapper (weapp: setData scoped to one card).
    expect(container.querySelectorAll('taro-custom-wrapper-core .story-card')).toHaveLength(1);
  });

  it('says what to do when there are no stories', async () => {
    render(<Feed fetchPage={queue(ok({ items: [], nextCursor: null }))} />);
    await screen.findByText('还没有发布劳模故事');
    expect(screen.getByText(/下拉页面可以刷新/)).toBeTruthy();
    expect(screen.getByText('刷新')).toBeTruthy();
  });

  it('offers 重试 at the foot when the next page fails', async () => {
    const fetchPage = queue(
      ok({ items: [story(1)], nextCursor: 'c2' }),
      fail('INTERNAL'),
      ok({ items: [story(2)], nextCursor: null }),
    );
    render(<Feed fetchPage={fetchPage} />);
    fireEvent.click(await screen.findByText('加载更多'));
    await screen.findByText('服务暂时不可用，请稍后重试');
    fireEvent.click(screen.getByText('重试'));
    await screen.findByText('第 2 个劳模故事：三十年坚守一线的技术能手');
    await waitFor(() => expect(screen.getByText('没有更多了')).toBeTruthy());
  });
});
