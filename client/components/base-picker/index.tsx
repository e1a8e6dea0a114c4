/** Choosing the volunteer service base of an activity (or none), in a half-screen dialog. */
import { CustomWrapper, Text, View } from '@tarojs/components';
import { useBases } from '../../hooks/use-bases';
import { ErrorState } from '../error-state';
import { ListFoot } from '../list-foot';
import { Sheet } from '../sheet';
import './index.scss';

export interface BasePickerProps {
  onPick: (base: { id: string; name: string } | null) => void;
  onClose: () => void;
}

export function BasePicker({ onPick, onClose }: BasePickerProps) {
  const list = useBases();
  return (
    <Sheet title="选择志愿服务基地" onClose={onClose} onScrollToLower={() => void list.loadMore()}>
      <View className="base-pick base-pick--none" ariaRole="button" onClick={() => onPick(null)}>
        <Text className="base-pick__name">不关联基地</Text>
      </View>
      {list.status === 'loading' ? <Text className="muted">正在加载…</Text> : null}
      {list.status === 'error' ? (
        <ErrorState compact message={list.error?.message ?? ''} onRetry={() => void list.retry()} />
      ) : null}
      {list.status === 'empty' ? <Text className="muted">还没有志愿服务基地</Text> : null}
      {list.items.map((b) => (
        <CustomWrapper key={b.id}>
          <View className="base-pick" ariaRole="button" onClick={() => onPick({ id: b.id, name: b.name })}>
            <Text className="base-pick__name">{b.name}</Text>
            <Text className="muted">
              {b.orgName} · 带头劳模 {b.leaderNames.join('、')}
            </Text>
          </View>
        </CustomWrapper>
      ))}
      {list.status === 'ready' ? <ListFoot list={list} /> : null}
    </Sheet>
  );
}
