/** 邀请与授权: create an invitation code below my organization, and review or revoke the grants there. */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { GrantList } from '../../../components/grant-list';
import { InviteForm, type CreatedInvitation } from '../../../components/invite-form';
import { InviteResult } from '../../../components/invite-result';
import { PageShell } from '../../../components/page-shell';
import { useCadreGrant } from '../../../hooks/use-cadre';

export default function InvitePage() {
  const { me, grant } = useCadreGrant('grant.invite');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  if (!grant) {
    return (
      <PageShell className="cadre-invite">
        <CadreGate me={me} missing="您没有发放邀请码的权限" />
      </PageShell>
    );
  }
  const ownGrantIds = me.data?.grants.map((g) => g.id) ?? [];
  return (
    <PageShell className="cadre-invite">
      <View className="section-title">发放邀请码</View>
      {created ? (
        <InviteResult invitation={created} onAgain={() => setCreated(null)} />
      ) : (
        <InviteForm granter={grant} onCreated={setCreated} />
      )}
      <View className="section-title">已授权人员</View>
      <GrantList granter={grant} ownGrantIds={ownGrantIds} />
    </PageShell>
  );
}
