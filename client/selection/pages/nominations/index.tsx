/**
 * 推荐管理: the nominations in my organization's subtree, filtered by round, stage, organization,
 * title and nominee flag, searched by name, paged; each opens the file. A grassroots cadre starts a
 * new nomination in an open round here; a round's slate is one tap away.
 */
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Org } from '../../../../shared/org';
import type { NomineeFlag } from '../../../../shared/selection/round';
import { CadreGate } from '../../../components/cadre-gate';
import { PickField, TextField } from '../../../components/form-field';
import { KindChips } from '../../../components/kind-chips';
import { ManagedList } from '../../../components/managed-list';
import { NominationRow } from '../../../components/nomination-row';
import { OrgPicker } from '../../../components/org-picker';
import { PageShell } from '../../../components/page-shell';
import { useMe } from '../../../hooks/use-me';
import { useNominationList, useRound, useRounds, type NominationFilters } from '../../../hooks/use-nominations';
import {
  FLAG_OPTIONS,
  nominationCadreGrants,
  nominationEditUrl,
  nominationUrl,
  slateUrl,
  stageLabel,
} from '../../../lib/nomination';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

export default function NominationsPage() {
  const me = useMe();
  const grant = nominationCadreGrants(me.data)[0] ?? null;
  const [roundId, setRoundId] = useState<string | null>(decodeParam(useRouter().params.roundId) || null);
  const [stageIndex, setStageIndex] = useState<number | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [flag, setFlag] = useState<NomineeFlag | null>(null);
  const [org, setOrg] = useState<{ id: string; name: string } | null>(null);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [picking, setPicking] = useState(false);

  const filters: NominationFilters = {
    ...(roundId ? { roundId } : {}),
    ...(stageIndex !== null ? { stageIndex } : {}),
    ...(title ? { title } : {}),
    ...(flag ? { flag } : {}),
    ...(org ? { orgId: org.id } : {}),
    ...(search ? { search } : {}),
  };
  const list = useNominationList(filters, grant !== null);
  const rounds = useRounds(grant !== null);
  const round = useRound(roundId);

  if (!grant) {
    return (
      <PageShell className="cadre-nominations">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }

  const chooseRound = (id: string | null) => {
    setRoundId(id);
    setStageIndex(null);
    setTitle(null);
  };
  const config = round.data?.config ?? null;
  const roundRow = rounds.data?.find((r) => r.id === roundId) ?? null;
  const canCreate = grant.tier === 'grassroots' && roundRow?.status === 'open';
  const applySearch = () => setSearch([...typed.trim()].slice(0, 20).join(''));
  return (
    <PageShell className="cadre-nominations">
      <View className="card cadre-nominations__filters">
        <Text className="muted">「{grant.orgName}」及下级组织的推荐</Text>
        <View className="cadre-nominations__search">
          <TextField
            label="按姓名搜索"
            placeholder="输入姓名开头的字"
            maxlength={20}
            value={typed}
            onChange={setTyped}
          />
          <Button className="btn cadre-nominations__search-btn" onClick={applySearch}>
            搜索
          </Button>
        </View>
        <Text className="cadre-nominations__label">评选</Text>
        {rounds.status === 'error' ? (
          <View className="muted" ariaRole="button" onClick={() => void rounds.reload()}>
            评选列表加载失败，点此重试
          </View>
        ) : (
          <KindChips
            label="评选"
            options={(rounds.data ?? []).map((r) => ({ value: r.id, label: `${r.year} ${r.name}` }))}
            value={roundId}
            onChange={chooseRound}
          />
        )}
        {config ? (
          <>
            <Text className="cadre-nominations__label">环节</Text>
            <KindChips
              label="环节"
              options={config.stages.map((s, i) => ({ value: String(i), label: `${i + 1}. ${stageLabel(s)}` }))}
              value={stageIndex === null ? null : String(stageIndex)}
              onChange={(v) => setStageIndex(v === null ? null : Number(v))}
            />
            <Text className="cadre-nominations__label">荣誉称号</Text>
            <KindChips
              label="荣誉称号"
              options={config.titles.map((t) => ({ value: t.name, label: t.name }))}
              value={title}
              onChange={setTitle}
            />
          </>
        ) : null}
        <Text className="cadre-nominations__label">身份类别</Text>
        <KindChips label="身份类别" options={FLAG_OPTIONS} value={flag} onChange={setFlag} />
        <PickField
          label="推荐单位"
          value={org?.name ?? null}
          placeholder={`全部（「${grant.orgName}」及下级）`}
          onClick={() => setPicking(true)}
        />
        {org ? (
          <View className="cadre-nominations__clear" ariaRole="button" onClick={() => setOrg(null)}>
            清除单位筛选
          </View>
        ) : null}
        {roundId ? (
          <View className="cadre-nominations__buttons">
            {canCreate ? (
              <Button
                className="btn btn--primary"
                onClick={() => void Taro.navigateTo({ url: nominationEditUrl({ roundId, orgId: grant.orgId }) })}
              >
                新建推荐
              </Button>
            ) : null}
            <Button
              className="btn"
              onClick={() => void Taro.navigateTo({ url: slateUrl(roundId, org?.id ?? grant.orgId) })}
            >
              查看推荐名单
            </Button>
          </View>
        ) : null}
      </View>
      <ManagedList
        list={list}
        emptyTitle={Object.keys(filters).length > 0 ? '没有符合条件的推荐' : '还没有推荐'}
        emptyDescription={
          Object.keys(filters).length > 0
            ? '换个筛选条件或搜索词试试。'
            : '基层工会在开放的评选中新建推荐后，会出现在这里。'
        }
        renderItem={(row) => (
          <NominationRow row={row} onOpen={(id) => void Taro.navigateTo({ url: nominationUrl(id) })} />
        )}
      />
      {picking ? (
        <OrgPicker
          title="选择推荐单位"
          root={{ id: grant.orgId, name: grant.orgName }}
          pickCurrent={() => true}
          onPick={(o: Org) => {
            setOrg({ id: o.id, name: o.name });
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </PageShell>
  );
}
