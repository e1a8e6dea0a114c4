import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { OutputOf } from '../../../shared/api';
import type { Reply } from '../../../shared/envelope';
import { deferred, fail, ok } from '../../test/fixtures';
import { buttonNamed } from '../../test/forms';
import { taroTest } from '../../test/taro-mock';
import { LikeButton } from '.';

afterEach(() => taroTest.reset());

type LikeReply = Reply<OutputOf<'content', 'likeStory'>>;

function fakeLike(...replies: Array<LikeReply | Promise<LikeReply>>) {
  return jest.fn((_input: { id: string }) => Promise.resolve(replies.shift() ?? fail('INTERNAL')));
}

const heart = () => document.querySelector('.like-button__heart') as HTMLElement;

describe('LikeButton', () => {
  it('counts the like at once, turns red and stays disabled; the server count wins', async () => {
    const reply = deferred<LikeReply>();
    const likeStory = fakeLike(reply.promise);
    render(<LikeButton storyId="story-12" liked={false} likes={8} likeStory={likeStory as never} />);
    await screen.findByText('8');
    expect(heart().getAttribute('aria-label')).toBe('点赞');
    expect(buttonNamed('8').disabled).toBe(false);

    fireEvent.click(screen.getByText('8'));
    // Optimistic: +1 before the reply.
    await screen.findByText('9');
    expect(heart().getAttribute('aria-label')).toBe('已点赞');
    expect(buttonNamed('9').disabled).toBe(true);
    expect(buttonNamed('9').className).toContain('like-button--on');
    expect(likeStory).toHaveBeenCalledWith({ id: 'story-12' });

    // Someone else liked meanwhile: the server's count is shown.
    await act(async () => reply.resolve(ok({ liked: true, likes: 10 })));
    await screen.findByText('10');
    fireEvent.click(screen.getByText('10'));
    expect(likeStory).toHaveBeenCalledTimes(1);
  });

  it('puts the count back and says why when the like fails', async () => {
    const likeStory = fakeLike(fail('RATE_LIMITED'));
    render(<LikeButton storyId="story-1" liked={false} likes={3} likeStory={likeStory as never} />);
    fireEvent.click(await screen.findByText('3'));
    await act(async () => undefined);
    await screen.findByText('3');
    expect(heart().getAttribute('aria-label')).toBe('点赞');
    expect(buttonNamed('3').disabled).toBe(false);
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '点赞未成功：操作过于频繁，请稍后再试', icon: 'none' });
  });

  it('is disabled from the start when I liked the story before', async () => {
    const likeStory = fakeLike();
    render(<LikeButton storyId="story-1" liked likes={21} likeStory={likeStory as never} />);
    fireEvent.click(await screen.findByText('21'));
    expect(buttonNamed('21').disabled).toBe(true);
    expect(likeStory).not.toHaveBeenCalled();
    expect(document.querySelector('[aria-label="已点赞，共 21 人点赞"]')).toBeTruthy();
  });
});
