/** A volunteer service base: name, union, service areas, the model workers who lead it. */
import { memo } from 'react';
import { Text, View } from '@tarojs/components';
import type { BaseCard as Base } from '../../api/content';
import { openBase } from '../../lib/routes';
import { areaLabel } from '../../lib/volunteer';
import './index.scss';

export function BaseAreas({ areas }: { areas: string[] }) {
  return (
    <View className="base-card__areas" ariaLabel={`服务领域：${areas.map(areaLabel).join('、')}`}>
      {areas.map((a) => (
        <Text key={a} className="base-card__area">
          {areaLabel(a)}
        </Text>
      ))}
    </View>
  );
}

export const BaseCard = memo(function BaseCard({ base }: { base: Base }) {
  return (
    <View className="card base-card" ariaRole="link" onClick={() => openBase(base.id)}>
      <Text className="base-card__name">{base.name}</Text>
      <Text className="muted base-card__org">{base.orgName}</Text>
      <BaseAreas areas={base.areas} />
      {base.leaderNames.length > 0 ? (
        <Text className="base-card__leaders">领衔劳模：{base.leaderNames.join('、')}</Text>
      ) : null}
    </View>
  );
});
