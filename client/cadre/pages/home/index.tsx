/** 工作台: my cadre grants, the entries my capabilities open, and 待办 (nominations arrive later). */
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { CadreGrants } from '../../../components/cadre-grants';
import { EmptyState } from '../../../components/empty-state';
import { NavCell } from '../../../components/nav-cell';
import { PageShell } from '../../../components/page-shell';
import { useMe } from '../../../hooks/use-me';
import {
  cadreCampaignUrl,
  cadreEventsUrl,
  cadreGrants,
  cadreInviteUrl,
  cadreOrgsUrl,
  cadreStoriesUrl,
  canManageCampaign,
  grantsWith,
} from '../../../lib/cadre';

const go = (url: string) => () => void Taro.navigateTo({ url });

export default function CadreHomePage() {
  const me = useMe();
  usePullDownRefresh(() => {
    void me.reload().finally(() => Taro.stopPullDownRefresh());
  });
  const grants = cadreGrants(me.data);
  if (grants.length === 0) {
    return (
      <PageShell className="cadre-home">
        <CadreGate me={me} missing="您还没有工会干部身份" />
      </PageShell>
    );
  }

  const managing = grantsWith(me.data, 'org.manage');
  const inviting = grantsWith(me.data, 'grant.invite');
  const content = grantsWith(me.data, 'content.manage');
  const campaign = content.filter(canManageCampaign);
  // With several grants, each entry names the organization it acts for.
  const suffix = (orgName: string, count: number) => (count > 1 ? ` · ${orgName}` : '');
  return (
    <PageShell className="cadre-home">
      <View className="section-title">我的工作身份</View>
      <CadreGrants grants={grants} />
      <View className="section-title">工作入口</View>
      <View className="card">
        {managing.map((g) => (
          <NavCell
            key={`orgs-${g.id}`}
            title={`组织管理${suffix(g.orgName, managing.length)}`}
            description={g.tier === 'district' ? '浏览、新增、更名、合并、撤销、从表格导入' : '浏览本级及下级组织'}
            onClick={go(cadreOrgsUrl(g.id))}
          />
        ))}
        {inviting.map((g) => (
          <NavCell
            key={`invite-${g.id}`}
            title={`邀请与授权${suffix(g.orgName, inviting.length)}`}
            description="发放邀请码，查看和撤销授权"
            onClick={go(cadreInviteUrl(g.id))}
          />
        ))}
        {content.map((g) => (
          <NavCell
            key={`stories-${g.id}`}
            title={`故事管理${suffix(g.orgName, content.length)}`}
            description="撰写、预览、发布和下线劳模故事"
            onClick={go(cadreStoriesUrl(g.id))}
          />
        ))}
        {content.map((g) => (
          <NavCell
            key={`events-${g.id}`}
            title={`活动管理${suffix(g.orgName, content.length)}`}
            description="劳模进企业、进校园、进社区等活动，报名与签到码"
            onClick={go(cadreEventsUrl(g.id))}
          />
        ))}
        {campaign.map((g) => (
          <NavCell
            key={`campaign-${g.id}`}
            title="宣传月设置"
            description="主题、日期、横幅、劳模精神、推荐故事和日程"
            onClick={go(cadreCampaignUrl(g.id))}
          />
        ))}
        {managing.length + inviting.length + content.length === 0 ? (
          <EmptyState title="暂无可用的管理功能" description="您的身份目前没有组织管理、发放邀请码或内容管理的权限。" />
        ) : null}
      </View>
      <View className="section-title">待办</View>
      <View className="card">
        <EmptyState title="暂无待办" description="劳模推荐人选的申报、审核等待办事项上线后会在这里提醒您。" />
      </View>
    </PageShell>
  );
}
