/**
 * Choosing the model workers who lead a base, in a half-screen dialog: the records of my subtree,
 * paged; each row toggles (a checkbox); 完成 closes. The choice is kept by the form.
 */
import { Button, CustomWrapper, Text, View } from '@tarojs/components';
import { promotion } from '../../api/promotion';
import type { Leader } from '../../hooks/use-base-form';
import { usePagedList } from '../../hooks/use-paged-list';
import { ErrorState } from '../error-state';
import { ListFoot } from '../list-foot';
import { Sheet } from '../sheet';
import './index.scss';

export interface LeaderPickerProps {
  chosen: readonly Leader[];
  max: number;
  onToggle: (leader: Leader) => void;
  onClose: () => void;
  listLeaderCandidates?: typeof promotion.listLeaderCandidates;
}

export function LeaderPicker({ chosen, max, onToggle, onClose, listLeaderCandidates }: LeaderPickerProps) {
  const fetch = listLeaderCandidates ?? promotion.listLeaderCandidates;
  const list = usePagedList<Leader>(
    (cursor) => fetch({ cursor }),
    (w) => w.id,
  );
  const isOn = (id: string) => chosen.some((l) => l.id === id);
  const full = chosen.length >= max;
  return (
    <Sheet
      title="选择带头劳模"
      onClose={onClose}
      onScrollToLower={() => void list.loadMore()}
      footer={
        <Button className="btn btn--primary btn--block" onClick={onClose}>
          完成（已选 {chosen.length} 位）
        </Button>
      }
    >
      <Text className="sheet__note">本组织及下级组织的劳模档案，可选 1–{max} 位。</Text>
      {list.status === 'loading' ? <Text className="muted">正在加载…</Text> : null}
      {list.status === 'error' ? (
        <ErrorState compact message={list.error?.message ?? ''} onRetry={() => void list.retry()} />
      ) : null}
      {list.status === 'empty' ? <Text className="muted">本组织及下级还没有劳模档案</Text> : null}
      {list.items.map((w) => {
        const on = isOn(w.id);
        return (
          <CustomWrapper key={w.id}>
            <View
              className={on ? 'leader-pick leader-pick--on' : 'leader-pick'}
              ariaRole="checkbox"
              aria-checked={on}
              ariaLabel={w.name}
              onClick={() => (on || !full ? onToggle(w) : undefined)}
            >
              <Text className="leader-pick__box">{on ? '✓' : ''}</Text>
              <Text className="leader-pick__name">{w.name}</Text>
            </View>
          </CustomWrapper>
        );
      })}
      {list.status === 'ready' ? <ListFoot list={list} /> : null}
      {full ? <Text className="muted">最多选择 {max} 位，如需更换请先取消一位</Text> : null}
    </Sheet>
  );
}
