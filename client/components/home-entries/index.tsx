/**
 * 首页 entries: volunteer service bases, and two services still being built (意见反馈, 推荐线索):
 * their cells say so, and a tap explains instead of doing nothing.
 */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { NavCell } from '../nav-cell';
import { openPage, ROUTES } from '../../lib/routes';

const soon = (what: string) => () =>
  void Taro.showToast({ title: `${what}即将开放，上线后可在首页进入`, icon: 'none', duration: 2500 });

export function HomeEntries() {
  return (
    <View className="card home-entries">
      <NavCell title="志愿服务基地" description="劳模带头的志愿服务和活动" onClick={() => openPage(ROUTES.bases)} />
      <NavCell title="意见反馈" description="即将开放：对劳模工作提出意见建议" onClick={soon('意见反馈')} />
      <NavCell title="推荐线索" description="即将开放：向工会推荐身边的劳动者" onClick={soon('推荐线索')} />
    </View>
  );
}
