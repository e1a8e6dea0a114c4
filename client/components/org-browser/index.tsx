/**
 * One level of the organization tree: the trail back up to the root, then the children of the
 * current level in every list state. Rows open the level below; callers add row actions.
 */
import type { ReactNode } from 'react';
import { CustomWrapper, Text, View } from '@tarojs/components';
import { ORG_KIND_ZH, type Org } from '../../../shared/org';
import type { OrgBrowser as Browser } from '../../hooks/use-org-browser';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { ListFoot } from '../list-foot';
import './index.scss';

export function orgStatusZh(org: Org): string {
  if (org.status === 'active') return '在用';
  return org.mergedInto ? '已合并' : '已撤销';
}

export interface OrgBrowserProps {
  browser: Browser;
  /** Whether a row opens its children (default: active organizations that can have any). */
  canOpen: (org: Org) => boolean;
  actions?: (org: Org) => ReactNode;
  emptyTitle?: string;
  emptyDescription?: string;
}

export function OrgTrail({ browser }: { browser: Browser }) {
  const last = browser.trail.length - 1;
  return (
    <View className="org-trail" ariaLabel="当前位置">
      {browser.trail.map((crumb, i) =>
        i < last ? (
          <View key={crumb.id} className="org-trail__crumb" ariaRole="link" onClick={() => browser.backTo(i)}>
            <Text className="org-trail__link">{crumb.name}</Text>
            <Text className="org-trail__sep">›</Text>
          </View>
        ) : (
          <Text key={crumb.id} className="org-trail__current">
            {crumb.name}
          </Text>
        ),
      )}
    </View>
  );
}

function OrgRow({ org, open, actions }: { org: Org; open?: () => void; actions?: ReactNode }) {
  return (
    <View className="org-row">
      <View className="org-row__main" ariaRole={open ? 'link' : undefined} onClick={open}>
        <View className="org-row__text">
          <Text className="org-row__name">{org.name}</Text>
          <Text className="org-row__kind">{ORG_KIND_ZH[org.kind]}</Text>
        </View>
        <Text className={`org-row__status org-row__status--${org.status}`}>{orgStatusZh(org)}</Text>
        {open ? <Text className="org-row__arrow">›</Text> : null}
      </View>
      {actions ? <View className="org-row__actions">{actions}</View> : null}
    </View>
  );
}

const SKELETONS = [0, 1, 2];

export function OrgBrowser({ browser, canOpen, actions, emptyTitle, emptyDescription }: OrgBrowserProps) {
  const { list } = browser;
  if (list.status === 'loading') {
    return (
      <View className="org-list" ariaLabel="正在加载">
        {SKELETONS.map((n) => (
          <View key={n} className="org-row org-row--skeleton">
            <View className="org-skeleton" />
            <View className="org-skeleton org-skeleton--short" />
          </View>
        ))}
      </View>
    );
  }
  if (list.status === 'error') {
    return <ErrorState compact message={list.error?.message ?? ''} onRetry={() => void list.retry()} />;
  }
  if (list.status === 'empty') {
    return (
      <EmptyState
        title={emptyTitle ?? '暂无下级组织'}
        description={emptyDescription}
        actionText="刷新"
        onAction={() => void list.refresh()}
      />
    );
  }
  return (
    <View className="org-list">
      {list.error ? (
        <ErrorState compact message={`刷新失败：${list.error.message}`} onRetry={() => void list.retry()} />
      ) : null}
      {list.items.map((org) => (
        // Each row in its own wrapper: on weapp a changed row re-renders alone.
        <CustomWrapper key={org.id}>
          <OrgRow org={org} open={canOpen(org) ? () => browser.open(org) : undefined} actions={actions?.(org)} />
        </CustomWrapper>
      ))}
      <ListFoot list={list} />
    </View>
  );
}
