/** A base in 志愿服务基地管理: status, name, organization, leaders and areas, and its actions. */
import { memo } from 'react';
import { Text, View } from '@tarojs/components';
import { VOLUNTEER_AREA_ZH, type ManagedBase } from '../../api/promotion';
import { StatusChip } from '../status-chip';
import './index.scss';

export const BASE_STATUS = {
  active: { tone: 'live', text: '展示中' },
  closed: { tone: 'off', text: '已下线' },
} as const;

export const ManagedBaseRow = memo(function ManagedBaseRow({
  base,
  onAction,
}: {
  base: ManagedBase;
  onAction: (type: 'edit' | 'unpublish' | 'publish', id: string) => void;
}) {
  const status = BASE_STATUS[base.status];
  return (
    <View className="managed-base">
      <View className="managed-base__chips">
        <StatusChip tone={status.tone} text={status.text} />
        <Text className="managed-base__areas">{base.areas.map((a) => VOLUNTEER_AREA_ZH[a]).join(' · ')}</Text>
      </View>
      <Text className="managed-base__title">{base.name}</Text>
      <Text className="managed-base__meta">{base.orgName}</Text>
      <Text className="managed-base__meta">带头劳模：{base.leaderNames.join('、')}</Text>
      <View className="managed-base__actions">
        <View
          className="managed-base__action"
          ariaRole="button"
          ariaLabel={`编辑「${base.name}」`}
          onClick={() => onAction('edit', base.id)}
        >
          编辑
        </View>
        {base.status === 'active' ? (
          <View
            className="managed-base__action managed-base__action--danger"
            ariaRole="button"
            ariaLabel={`下线「${base.name}」`}
            onClick={() => onAction('unpublish', base.id)}
          >
            下线
          </View>
        ) : (
          <View
            className="managed-base__action"
            ariaRole="button"
            ariaLabel={`重新上线「${base.name}」`}
            onClick={() => onAction('publish', base.id)}
          >
            重新上线
          </View>
        )}
      </View>
    </View>
  );
});
