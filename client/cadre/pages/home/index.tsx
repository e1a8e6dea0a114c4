/** 工作台: my cadre grants, the entries my capabilities open, and 待办 with its count. */
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { CadreGrants } from '../../../components/cadre-grants';
import { EmptyState } from '../../../components/empty-state';
import { NavCell } from '../../../components/nav-cell';
import { ObjectionTodoCell } from '../../../components/objection-todo-cell';
import { PageShell } from '../../../components/page-shell';
import { useMe } from '../../../hooks/use-me';
import { feedbackAdminUrl } from '../../../lib/feedback';
import { useTodoCount } from '../../../hooks/use-todo-badge';
import {
  cadreBasesUrl,
  cadreCampaignUrl,
  cadreEventsUrl,
  cadreGrants,
  cadreInviteUrl,
  cadreOrgsUrl,
  cadreStoriesUrl,
  canManageCampaign,
  grantsWith,
} from '../../../lib/cadre';
import { districtNominationGrant, NOMINATION_ROUTES, nominationCadreGrants } from '../../../lib/nomination-access';
import { NOTICE_ROUTES } from '../../../lib/notice';

const go = (url: string) => () => void Taro.navigateTo({ url });

export default function CadreHomePage() {
  const me = useMe();
  const nominating = nominationCadreGrants(me.data);
  const todo = useTodoCount(nominating.length > 0);
  usePullDownRefresh(() => {
    void Promise.all([me.reload(), todo.reload()]).finally(() => Taro.stopPullDownRefresh());
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
        {content.map((g) => (
          <NavCell
            key={`bases-${g.id}`}
            title={`志愿服务基地${suffix(g.orgName, content.length)}`}
            description="劳模带头的志愿服务基地：新建、编辑、下线"
            onClick={go(cadreBasesUrl(g.id))}
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
        {content.map((g) => (
          <NavCell
            key={`feedback-${g.id}`}
            title={`意见反馈${suffix(g.orgName, content.length)}`}
            description="群众的意见建议：分派、回复、办结"
            onClick={go(feedbackAdminUrl(g.id, 'feedback'))}
          />
        ))}
        {grantsWith(me.data, 'records.manage').map((g, _i, all) => (
          <NavCell
            key={`leads-${g.id}`}
            title={`推荐线索${suffix(g.orgName, all.length)}`}
            description="群众推荐的优秀职工线索，充实优秀职工信息库"
            onClick={go(feedbackAdminUrl(g.id, 'lead'))}
          />
        ))}
        {nominating.length > 0 ? (
          <NavCell
            title="推荐管理"
            description="劳模推荐的申报、审核、公示和审定"
            onClick={go(NOMINATION_ROUTES.list)}
          />
        ) : null}
        {nominating.map((g) => (
          <ObjectionTodoCell key={`objections-${g.id}`} grant={g} suffix={suffix(g.orgName, nominating.length)} />
        ))}
        {nominating.length > 0 ? (
          <NavCell
            title="公示管理"
            description="本级及下级发布的公示：公示状态、海报、单位公示张贴登记"
            onClick={go(NOTICE_ROUTES.noticesAdmin)}
          />
        ) : null}
        {districtNominationGrant(me.data) ? (
          <NavCell
            title="节假日安排"
            description="录入当年法定节假日和调休安排，用于计算公示期"
            onClick={go(NOTICE_ROUTES.calendar)}
          />
        ) : null}
        {nominating.length > 0 ? (
          <NavCell
            title="评选轮次"
            description={districtNominationGrant(me.data) ? '新建、开放和修订评选' : '各届评选的名额、环节和规则'}
            onClick={go(NOMINATION_ROUTES.rounds)}
          />
        ) : null}
        {managing.length + inviting.length + content.length + nominating.length === 0 ? (
          <EmptyState title="暂无可用的管理功能" description="您的身份目前没有组织管理、发放邀请码或内容管理的权限。" />
        ) : null}
      </View>
      <View className="section-title">待办</View>
      <View className="card">
        {nominating.length > 0 ? (
          <NavCell
            title="待办"
            description={todo.count ? `${todo.count} 项推荐等待您办理` : '暂无需要您办理的推荐'}
            badge={todo.count}
            onClick={go(NOMINATION_ROUTES.todo)}
          />
        ) : (
          <EmptyState title="暂无待办" description="您的身份目前没有推荐审核权限，劳模推荐的待办不会在这里出现。" />
        )}
      </View>
    </PageShell>
  );
}
