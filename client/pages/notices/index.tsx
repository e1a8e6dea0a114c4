/** 公示: no notice function yet, so the honest state is "nothing in its notice period". */
import { View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { PageShell } from '../../components/page-shell';

export default function NoticesPage() {
  return (
    <PageShell>
      <View className="section-title">正在公示</View>
      <View className="card">
        <EmptyState
          title="当前没有正在公示的名单"
          description="劳模、先进工作者推荐人选进入公示期后，名单和公示起止日期会在这里发布。公示期内，您可以查看人选事迹，并对人选反映意见。"
        />
      </View>
    </PageShell>
  );
}
