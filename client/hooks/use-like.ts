/**
 * The like of one story: shown +1 at once, confirmed (or rolled back) by `content.likeStory`. One
 * like per person: once liked, pressing again does nothing. Lives in the like button, so a press
 * re-renders the button, not the story.
 */
import { useRef, useState } from 'react';
import type { ErrorReply } from '../../shared/envelope';
import { content } from '../api/content';
import { settle } from './use-request';

export interface LikeState {
  liked: boolean;
  likes: number;
  pending: boolean;
  /** Resolves to the error when the like failed (the count is back to what it was), else null. */
  like: () => Promise<ErrorReply | null>;
}

export function useLike(
  id: string,
  initial: { liked: boolean; likes: number },
  likeStory: typeof content.likeStory = content.likeStory,
): LikeState {
  const [state, setState] = useState({ liked: initial.liked, likes: initial.likes, pending: false });
  const busy = useRef(false);

  const like = async (): Promise<ErrorReply | null> => {
    if (busy.current || state.liked) return null;
    busy.current = true;
    const before = state;
    setState({ liked: true, likes: before.likes + 1, pending: true });
    const reply = await settle(likeStory({ id }));
    busy.current = false;
    if (reply.ok) {
      setState({ liked: true, likes: reply.data.likes, pending: false });
      return null;
    }
    setState({ ...before, pending: false });
    return reply;
  };

  return { ...state, like };
}
