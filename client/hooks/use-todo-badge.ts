/**
 * The 待办 count for badges: on the 工作台's 待办 entry, and on the 我的 tab (kept fresh each time 我的
 * shows again). Null (no badge) while unknown, after a failure, or for someone without a 待办.
 */
import { useEffect, useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { nominationBadge } from '../api/nomination-badge';
import { failure } from '../api/transport';
import { showTodoBadge } from '../lib/todo-badge';
import { useRequest } from './use-request';

export function useTodoCount(enabled: boolean): { count: number | null; reload: () => Promise<void> } {
  const todo = useRequest(
    () => (enabled ? nominationBadge.todoCount() : Promise.resolve(failure('NOT_FOUND'))),
    [enabled],
  );
  return { count: enabled && todo.status === 'ok' ? todo.data.count : null, reload: todo.reload };
}

/** 我的: the count, also set on the tab bar. */
export function useTodoBadge(enabled: boolean): number | null {
  const todo = useTodoCount(enabled);
  useEffect(() => {
    if (todo.count !== null) showTodoBadge(todo.count);
  }, [todo.count]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && enabled) void todo.reload();
    shown.current = true;
  });
  return todo.count;
}
