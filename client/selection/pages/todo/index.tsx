/**
 * 待办: the nominations awaiting me (cadres: my tier's stages in my subtree; department reviewers:
 * consultations waiting for my department), nearest deadline first, with what can be done now;
 * above them, the objection cases I handle (open, overdue, handed to me for verification).
 * Showing it also refreshes the count on the 我的 tab. In weapp, 「订阅待办提醒」 allows the to-do,
 * deadline and hand-over messages (WeChat sends none without the tap; hidden in H5).
 */
import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { CustomWrapper, Text, View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { NominationRow } from '../../../components/nomination-row';
import { ObjectionTodoCell } from '../../../components/objection-todo-cell';
import { PageShell } from '../../../components/page-shell';
import { SubscribeConsent } from '../../../components/subscribe-consent';
import { useMe } from '../../../hooks/use-me';
import { useTodo } from '../../../hooks/use-nominations';
import { canReadNominations, nominationCadreGrants, nominationUrl } from '../../../lib/nomination';
import { TODO_SUBSCRIBE_KEYS, templateIdsOf } from '../../../lib/subscribe';
import { showTodoBadge } from '../../../lib/todo-badge';
import './index.scss';

export default function TodoPage() {
  const me = useMe();
  const allowed = canReadNominations(me.data);
  const todo = useTodo(allowed);
  const count = todo.status === 'ok' ? todo.data.count : null;
  useEffect(() => {
    if (count !== null) showTodoBadge(count);
  }, [count]);

  if (!allowed) {
    return (
      <PageShell className="cadre-todo">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }
  if (!todo.data) {
    return (
      <PageShell className="cadre-todo">
        {todo.status === 'error' ? (
          <ErrorState message={todo.error.message} onRetry={() => void todo.reload()} />
        ) : (
          <View className="card cadre-todo__skeleton" ariaLabel="正在加载">
            <View className="cadre-todo__bar" />
            <View className="cadre-todo__bar" />
            <View className="cadre-todo__bar" />
          </View>
        )}
      </PageShell>
    );
  }
  const { items, count: total, readyCount } = todo.data;
  // Objection cases (their overdue ones above all) wait here too, per organization handled.
  const handling = nominationCadreGrants(me.data);
  const objections =
    handling.length > 0 ? (
      <View className="card cadre-todo__objections">
        {handling.map((g) => (
          <ObjectionTodoCell key={g.id} grant={g} suffix={handling.length > 1 ? ` · ${g.orgName}` : ''} />
        ))}
      </View>
    ) : null;
  // WeChat sends the to-do and deadline messages only after this tap (one message per acceptance).
  const subscribe = (
    <SubscribeConsent
      className="cadre-todo__subscribe"
      templateIds={templateIdsOf(me.data, TODO_SUBSCRIBE_KEYS)}
      label="订阅待办提醒"
      accepted="已订阅：有新的待办或临近截止时，将通过微信提醒您一次。可再次点击订阅后续提醒。"
      declined="未订阅：待办仍会显示在这里和「我的」页的角标中。"
      repeatable
    />
  );
  if (items.length === 0) {
    return (
      <PageShell className="cadre-todo">
        {subscribe}
        {objections}
        <EmptyState
          title="暂无待办"
          description="有推荐需要您申报、审核、公示或签署意见时，会出现在这里。"
          actionText="刷新"
          onAction={() => void todo.reload()}
        />
      </PageShell>
    );
  }
  const open = (id: string) => void Taro.navigateTo({ url: nominationUrl(id) });
  return (
    <PageShell className="cadre-todo">
      <View className="cadre-todo__summary">
        <Text>
          共 {total} 项待办，其中 {readyCount} 项现在可以办理
          {items.length < total ? `（显示最近的 ${items.length} 项）` : ''}
        </Text>
      </View>
      {subscribe}
      {objections}
      {todo.status === 'error' ? (
        <ErrorState compact message={todo.error.message} onRetry={() => void todo.reload()} />
      ) : null}
      <View className="card">
        {items.map((item) => (
          <CustomWrapper key={item.id}>
            <NominationRow row={item} waiting={!item.ready} onOpen={open} />
          </CustomWrapper>
        ))}
      </View>
    </PageShell>
  );
}
