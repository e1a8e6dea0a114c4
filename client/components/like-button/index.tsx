/**
 * The like button of a story: a heart and the count. A press shows +1 at once and turns the heart
 * red; a failure puts the count back and says why. Liked is final (one like per person). The state
 * lives here, so on weapp (inside a CustomWrapper) a press updates this button only.
 */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useLike } from '../../hooks/use-like';
import type { content } from '../../api/content';
import { formatCount } from '../../lib/format';
import './index.scss';

export interface LikeButtonProps {
  storyId: string;
  liked: boolean;
  likes: number;
  /** The api call; tests pass a fake. */
  likeStory?: typeof content.likeStory;
}

export function LikeButton({ storyId, liked, likes, likeStory }: LikeButtonProps) {
  const like = useLike(storyId, { liked, likes }, likeStory);
  const onPress = async () => {
    const error = await like.like();
    if (error) void Taro.showToast({ title: `点赞未成功：${error.message}`, icon: 'none' });
  };
  const label = like.liked ? `已点赞，共 ${like.likes} 人点赞` : `点赞，已有 ${like.likes} 人点赞`;
  return (
    <Button
      className={like.liked ? 'like-button like-button--on' : 'like-button'}
      disabled={like.liked}
      ariaLabel={label}
      onClick={() => void onPress()}
    >
      <View className="like-button__heart" ariaLabel={like.liked ? '已点赞' : '点赞'} />
      <Text className="like-button__count">{formatCount(like.likes)}</Text>
    </Button>
  );
}
