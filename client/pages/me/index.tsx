/**
 * 我的: who I am, the cadre workspace entry (cadres only), 我的报名, settings, invitation codes, the privacy
 * note, and (local mode) the persona switcher.
 */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { LargeFontCell } from '../../components/large-font-cell';
import { NavCell } from '../../components/nav-cell';
import { PageShell } from '../../components/page-shell';
import { PersonaSwitcher } from '../../components/persona-switcher';
import { ProfileCard } from '../../components/profile-card';
import { RedeemForm } from '../../components/redeem-form';
import { useMe } from '../../hooks/use-me';
import { usePersonas } from '../../hooks/use-personas';
import { useTodoBadge } from '../../hooks/use-todo-badge';
import { canReadNominations, departmentReviewerGrants, NOMINATION_ROUTES } from '../../lib/nomination-access';
import { FEEDBACK_ROUTES, feedbackUrl, go, privacyUrl } from '../../lib/feedback';
import { OBJECTION_ROUTES } from '../../lib/objection';
import { openCadreHome, openPage, ROUTES } from '../../lib/routes';

export default function MePage() {
  const me = useMe();
  const personas = usePersonas(() => void me.reload());
  const cadre = me.data?.grants.some((g) => g.role === 'cadre') ?? false;
  const todoCount = useTodoBadge(canReadNominations(me.data));
  const reviewer = departmentReviewerGrants(me.data).length > 0;
  return (
    <PageShell>
      <ProfileCard me={me} />
      {cadre ? (
        <View className="card">
          <NavCell title="工作台" description="待办、组织管理、邀请与授权" badge={todoCount} onClick={openCadreHome} />
        </View>
      ) : null}
      {reviewer ? (
        <View className="card">
          <NavCell
            title="征求意见待办"
            description="需要本部门签署意见的劳模推荐"
            badge={todoCount}
            onClick={() => void Taro.navigateTo({ url: NOMINATION_ROUTES.todo })}
          />
        </View>
      ) : null}
      <View className="card">
        <NavCell
          title="我的报名"
          description="报名的劳模活动、签到与志愿服务时长"
          onClick={() => openPage(ROUTES.mySignups)}
        />
      </View>
      <View className="card">
        <NavCell
          title="我的异议"
          description="我对公示人选提出的异议和办理结果"
          onClick={() => go(OBJECTION_ROUTES.mine)}
        />
        <NavCell
          title="我的反馈"
          description="我提交的意见反馈、推荐线索和答复"
          onClick={() => go(FEEDBACK_ROUTES.mine)}
        />
        <NavCell
          title="意见反馈"
          description="对劳模工作和本小程序的意见建议"
          onClick={() => go(feedbackUrl('feedback'))}
        />
        <NavCell title="推荐线索" description="推荐身边的优秀职工" onClick={() => go(feedbackUrl('lead'))} />
      </View>
      <View className="section-title">阅读设置</View>
      <LargeFontCell />
      <View className="section-title">兑换邀请码</View>
      <RedeemForm onRedeemed={() => void me.reload()} />
      {personas.available ? (
        <>
          <View className="section-title">切换演示身份</View>
          <PersonaSwitcher {...personas} />
        </>
      ) : null}
      <View className="card">
        <NavCell
          title="隐私保护指引"
          description="我们收集哪些个人信息、为什么、保存多久"
          onClick={() => go(privacyUrl())}
        />
      </View>
    </PageShell>
  );
}
