import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from '../../test/taro-mock';
import { story } from '../../test/fixtures';
import { StoryCard } from '.';

afterEach(() => taroTest.reset());

describe('StoryCard', () => {
  it('shows title, worker · unit, tags and likes', async () => {
    render(<StoryCard story={story(1, { tags: ['工匠', '技术创新', '传帮带', '第四个'], likes: 12345 })} />);
    await screen.findByText('第 1 个劳模故事：三十年坚守一线的技术能手');
    expect(screen.getByText('王1 · 示范区公交集团')).toBeTruthy();
    expect(screen.getByText('工匠')).toBeTruthy();
    expect(screen.getByText('传帮带')).toBeTruthy();
    // At most three tags, so a card stays light.
    expect(screen.queryByText('第四个')).toBeNull();
    expect(screen.getByText('赞 1.2万')).toBeTruthy();
  });

  it('crops the cover 16:9, loads it lazily and labels it', async () => {
    const { container } = render(<StoryCard story={story(2)} />);
    const image = container.querySelector('taro-image-core') as HTMLElement & {
      src?: string;
      mode?: string;
      lazyLoad?: boolean;
    };
    expect(image).toBeTruthy();
    await waitFor(() => expect(image.querySelector('img')).toBeTruthy());
    expect(image.src ?? image.getAttribute('src')).toBe('/files/cover-2.jpg');
    expect(image.mode ?? image.getAttribute('mode')).toBe('aspectFill');
    expect(image.lazyLoad ?? image.getAttribute('lazy-load')).toBeTruthy();
    expect(container.querySelector('[aria-label="王2的故事封面"]')).toBeTruthy();
  });

  it('opens the story in the reading subpackage when tapped', async () => {
    render(<StoryCard story={story(3, { id: 'a/b' })} />);
    fireEvent.click(await screen.findByText('第 3 个劳模故事：三十年坚守一线的技术能手'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/reading/pages/story/index?id=a%2Fb' });
  });

  it('calls onOpen instead, when given', async () => {
    const onOpen = jest.fn();
    render(<StoryCard story={story(4)} onOpen={onOpen} />);
    fireEvent.click(await screen.findByText('王4 · 示范区公交集团'));
    expect(onOpen).toHaveBeenCalledWith('story-4');
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });
});
