/** 我的: who I am and the roles I hold (role, organization, capabilities), in Chinese. */
import { Text, View } from '@tarojs/components';
import { CAPABILITY_ZH, ROLE_ZH } from '../../../shared/grants';
import type { Me, PublicGrant } from '../../api/identity';
import type { RequestResult } from '../../hooks/use-request';
import { ErrorState } from '../error-state';
import './index.scss';

function GrantRow({ grant }: { grant: PublicGrant }) {
  return (
    <View className="profile__grant">
      <Text className="profile__role">{ROLE_ZH[grant.role]}</Text>
      <Text className="profile__org">
        {grant.orgName}
        {grant.department ? ` · ${grant.department}` : ''}
      </Text>
      {grant.capabilities.length > 0 ? (
        <View className="profile__caps">
          {grant.capabilities.map((cap) => (
            <Text key={cap} className="profile__cap">
              {CAPABILITY_ZH[cap]}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

export function ProfileCard({ me }: { me: RequestResult<Me> }) {
  if (me.status === 'error' && !me.data) {
    return (
      <View className="card">
        <ErrorState compact message={me.error.message} onRetry={() => void me.reload()} />
      </View>
    );
  }
  if (!me.data) {
    return (
      <View className="card profile" ariaLabel="正在加载">
        <View className="skeleton-line" />
        <View className="skeleton-line skeleton-line--short" />
      </View>
    );
  }
  const { signedIn, displayName, grants } = me.data;
  const name = displayName ?? (signedIn ? '未设置称呼' : '游客');
  return (
    <View className="card profile">
      <View className="profile__head">
        <View className="profile__avatar" ariaLabel="头像">
          {name.slice(0, 1)}
        </View>
        <View className="profile__who">
          <Text className="profile__name">{name}</Text>
          <Text className="muted">
            {grants.length > 0 ? `已开通 ${grants.length} 项工作身份` : '浏览劳模故事和公示无需登录'}
          </Text>
        </View>
      </View>
      {grants.length > 0 ? (
        grants.map((grant) => <GrantRow key={grant.id} grant={grant} />)
      ) : (
        <Text className="profile__hint">工会干部、部门审核人和劳模收到邀请码后，可在下方兑换，开通相应功能。</Text>
      )}
    </View>
  );
}
