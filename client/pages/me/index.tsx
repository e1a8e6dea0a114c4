/** 我的: who I am, settings, invitation codes, the privacy note, and (local mode) the persona switcher. */
import { View } from '@tarojs/components';
import { LargeFontCell } from '../../components/large-font-cell';
import { PageShell } from '../../components/page-shell';
import { PersonaSwitcher } from '../../components/persona-switcher';
import { PrivacyNote } from '../../components/privacy-note';
import { ProfileCard } from '../../components/profile-card';
import { RedeemForm } from '../../components/redeem-form';
import { useMe } from '../../hooks/use-me';
import { usePersonas } from '../../hooks/use-personas';

export default function MePage() {
  const me = useMe();
  const personas = usePersonas(() => void me.reload());
  return (
    <PageShell>
      <ProfileCard me={me} />
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
