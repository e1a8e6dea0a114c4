/** Publishing and cancelling an event (the organizer's steps after saving); the list reloads after either. */
import Taro from '@tarojs/taro';
import { promotion, type ManagedEvent } from '../api/promotion';
import type { CallOptions } from '../api/transport';
import { useSubmit } from './use-submit';

export interface EventActionsDeps {
  publishEvent: typeof promotion.publishEvent;
  cancelEvent: typeof promotion.cancelEvent;
}

const DEFAULT_DEPS: EventActionsDeps = { publishEvent: promotion.publishEvent, cancelEvent: promotion.cancelEvent };

export function useEventActions(onChanged: () => void, deps: EventActionsDeps = DEFAULT_DEPS) {
  const publishing = useSubmit(deps.publishEvent);
  return {
    /** Resolves true once published; on CONFLICT the list reloads and the sheet stays for a retry. */
    publish: async (event: ManagedEvent): Promise<boolean> => {
      const reply = await publishing.run({ id: event.id, version: event.version });
      if (reply?.ok) {
        void Taro.showToast({ title: '已发布', icon: 'success' });
        onChanged();
        return true;
      }
      if (reply?.code === 'CONFLICT') onChanged();
      return false;
    },
    publishing: publishing.pending,
    publishError: publishing.error?.message ?? null,
    clearPublishError: publishing.clearError,
    /** The call the reason sheet sends for 取消活动. */
    cancel: (event: ManagedEvent) => (input: { reason: string }, options: CallOptions) =>
      deps.cancelEvent({ id: event.id, version: event.version, reason: input.reason }, options),
  };
}
