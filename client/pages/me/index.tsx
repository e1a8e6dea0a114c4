/**
 * 我的: who I am, the cadre workspace entry (cadres only), 我的报名, settings, invitation codes, the privacy
 * note, and (local mode) the persona switcher.
 */
import { View } from '@tarojs/components';
import { LargeFontCell } from '../../components/large-font-cell';
import { NavCell } from '../../components/nav-cell';
import { PageShell } from '../../components/page-shell';
import { PersonaSwitcher } from '../../components/persona-switcher';
import { PrivacyNote } from '../../components/privacy-note';
import { ProfileCard } from '../../components/profile-card';
import { RedeemForm } from '../../components/redeem-form';
import { useMe } from '../../hooks/use-me';
import { usePersonas } from '../../hooks/use-personas';
import { openCadreHome, openPage, ROUTES } from '../../lib/routes';

export default function MePage() {
  const me = useMe();
  const personas = usePersonas(() => void me.reload());
  const cadre = me.data?.grants.some((g) => g.role === 'cadre') ?? false;
  return (
    <PageShell>
      <ProfileCard me={me} />
      {cadre ? (
        <View className="card">
          <NavCell title="工作台" description="待办、组织管理、邀请与授权" onClick={openCadreHome} />
        </View>
      ) : null}
      <View className="card">
        <NavCell
          title="我的报名"
          description="报名的劳模活动、签到与志愿服务时长"
          onClick={() => openPage(ROUTES.mySignups)}
        />
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
      <View className="section-title">隐私保护指引</View>
      <PrivacyNote />
    </PageShell>
  );
}
