/** 工作台: the cadre grants I hold — organization, tier, capabilities. */
import { Text, View } from '@tarojs/components';
import { CAPABILITY_ZH } from '../../../shared/grants';
import { TIER_ZH } from '../../../shared/org';
import type { PublicGrant } from '../../api/identity';
import './index.scss';

export function CadreGrants({ grants }: { grants: PublicGrant[] }) {
  return (
    <View className="card cadre-grants">
      {grants.map((g) => (
        <View key={g.id} className="cadre-grant">
          <View className="cadre-grant__head">
            <Text className="cadre-grant__org">{g.orgName}</Text>
            <Text className="cadre-grant__tier">{TIER_ZH[g.tier]}</Text>
          </View>
          <Text className="muted">
            {g.capabilities.length > 0 ? g.capabilities.map((c) => CAPABILITY_ZH[c]).join('、') : '暂无管理权限'}
          </Text>
        </View>
      ))}
    </View>
  );
}
