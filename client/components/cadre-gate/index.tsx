/** What a cadre page shows before it can work: loading, a failed load, or no grant for this page. */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Me } from '../../api/identity';
import type { RequestResult } from '../../hooks/use-request';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import './index.scss';

export function CadreGate({ me, missing }: { me: RequestResult<Me>; missing: string }) {
  if (me.status === 'error') return <ErrorState message={me.error.message} onRetry={() => void me.reload()} />;
  if (!me.data) {
    return (
      <View className="card cadre-gate" ariaLabel="正在加载">
        <View className="cadre-gate__line" />
        <View className="cadre-gate__line cadre-gate__line--short" />
      </View>
    );
  }
  return (
    <EmptyState
      title={missing}
      description="工作台供工会干部使用。如需开通，请联系上级工会发放邀请码，在「我的」中兑换。"
      actionText="返回"
      onAction={() => void Taro.navigateBack()}
    />
  );
}
