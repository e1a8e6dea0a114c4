import { act, render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { setLargeFont } from '../../hooks/use-large-font';
import { taroTest } from '../../test/taro-mock';
import { PageShell } from '.';

afterEach(() => {
  act(() => setLargeFont(false));
  taroTest.reset();
});

describe('PageShell and the large-font switch', () => {
  it('applies page--large to every mounted page and remembers the choice', async () => {
    const { container } = render(
      <>
        <PageShell>
          <Text>首页</Text>
        </PageShell>
        <PageShell className="story">
          <Text>故事</Text>
        </PageShell>
      </>,
    );
    await screen.findByText('故事');
    expect(container.querySelectorAll('.page--large')).toHaveLength(0);

    act(() => setLargeFont(true));
    expect(container.querySelectorAll('.page.page--large')).toHaveLength(2);
    expect(container.querySelector('.page--large.story')).toBeTruthy();
    expect(taroTest.storage.get('laomo.largeFont')).toBe(true);

    act(() => setLargeFont(false));
    expect(container.querySelectorAll('.page--large')).toHaveLength(0);
  });
});
