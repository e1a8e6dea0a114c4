/** 名额 per organization, each with the 差额 switch (the slate may carry more candidates than seats). */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { Org } from '../../../shared/org';
import type { PublicGrant } from '../../api/identity';
import { TextField } from '../form-field';
import { OrgPicker } from '../org-picker';
import { LinkButton, SwitchRow, type SectionProps } from './section';

export function QuotasSection({ draft, set, error, grant }: SectionProps & { grant: PublicGrant }) {
  const [picking, setPicking] = useState(false);
  const setQuota = (i: number, patch: { seats?: string; allowMoreCandidates?: boolean }) =>
    set({ quotas: draft.quotas.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  return (
    <View>
      {draft.quotas.length === 0 ? <Text className="muted">尚未分配名额：不限各组织的推荐人数。</Text> : null}
      {draft.quotas.map((q, i) => (
        <View key={q.orgId} className="round-form__item">
          <Text className="round-form__item-title">{q.orgName}</Text>
          <TextField
            label={`${q.orgName} 名额`}
            type="number"
            maxlength={4}
            value={q.seats}
            error={error(`quotas.${i}`)}
            onChange={(v) => setQuota(i, { seats: v })}
          />
          <SwitchRow
            label={`${q.orgName} 允许差额`}
            hint="推荐人数可多于名额"
            checked={q.allowMoreCandidates}
            onChange={(v) => setQuota(i, { allowMoreCandidates: v })}
          />
          <LinkButton
            label={`删除「${q.orgName}」的名额`}
            onClick={() => set({ quotas: draft.quotas.filter((_, j) => j !== i) })}
          />
        </View>
      ))}
      <Button className="btn" onClick={() => setPicking(true)}>
        添加组织名额
      </Button>
      {picking ? (
        <OrgPicker
          title="选择分配名额的组织"
          root={{ id: grant.orgId, name: grant.orgName }}
          selectable={(o: Org) => o.status === 'active' && !draft.quotas.some((q) => q.orgId === o.id)}
          onPick={(o: Org) => {
            set({
              quotas: [...draft.quotas, { orgId: o.id, orgName: o.name, seats: '1', allowMoreCandidates: false }],
            });
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </View>
  );
}
