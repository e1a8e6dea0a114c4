/** 首页 entries: volunteer service bases, 意见反馈 and 推荐线索 (the public subpackage's form). */
import { View } from '@tarojs/components';
import { feedbackUrl, go } from '../../lib/feedback';
import { openPage, ROUTES } from '../../lib/routes';
import { NavCell } from '../nav-cell';

export function HomeEntries() {
  return (
    <View className="card home-entries">
      <NavCell title="志愿服务基地" description="劳模带头的志愿服务和活动" onClick={() => openPage(ROUTES.bases)} />
      <NavCell
        title="意见反馈"
        description="对劳模工作和本小程序提出意见建议"
        onClick={() => go(feedbackUrl('feedback'))}
      />
      <NavCell title="推荐线索" description="向工会推荐身边的优秀劳动者" onClick={() => go(feedbackUrl('lead'))} />
    </View>
  );
}
