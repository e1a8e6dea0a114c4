/**
 * 评选轮次: the selection rounds. Every nomination cadre reads them (with their rules and their
 * amendments); district cadres create one from the default configuration, open it for nominations,
 * and change it (after the first submission, an amendment with a reason, shown in the round).
 */
import { useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { RoundView } from '../../../../shared/actions/nomination.schema';
import { TARGET_LEVEL_ZH } from '../../../../shared/selection/round';
import { nomination, type RoundRow } from '../../../api/nomination';
import { failure } from '../../../api/transport';
import { CadreGate } from '../../../components/cadre-gate';
import { ConfirmSheet } from '../../../components/confirm-sheet';
import { ErrorState } from '../../../components/error-state';
import { ManagedList } from '../../../components/managed-list';
import { PageShell } from '../../../components/page-shell';
import { RoundDetail } from '../../../components/round-detail';
import { RoundForm } from '../../../components/round-form';
import { Sheet } from '../../../components/sheet';
import { StatusChip, type ChipTone } from '../../../components/status-chip';
import { useMe } from '../../../hooks/use-me';
import { usePagedList } from '../../../hooks/use-paged-list';
import { useRound } from '../../../hooks/use-nominations';
import { useSubmit } from '../../../hooks/use-submit';
import { districtNominationGrant, nominationCadreGrants } from '../../../lib/nomination';
import './index.scss';

const ROUND_STATUS: Record<RoundRow['status'], { tone: ChipTone; text: string }> = {
  draft: { tone: 'draft', text: '未开放' },
  open: { tone: 'live', text: '推荐中' },
  closed: { tone: 'off', text: '已结束' },
};

type Mode = { type: 'new' } | { type: 'detail' | 'edit' | 'open'; id: string };

export default function RoundsPage() {
  const me = useMe();
  const readable = nominationCadreGrants(me.data).length > 0;
  const district = districtNominationGrant(me.data);
  const list = usePagedList<RoundRow>(
    (cursor) => (readable ? nomination.listRounds({ cursor }) : Promise.resolve(failure('NOT_FOUND'))),
    (r) => r.id,
    readable ? 'rounds' : '',
  );
  useReachBottom(() => void list.loadMore());
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && readable) void list.refresh();
    shown.current = true;
  });
  const [mode, setMode] = useState<Mode | null>(null);
  const round = useRound(mode && 'id' in mode ? mode.id : null);
  const opening = useSubmit(nomination.openRound);

  if (!readable) {
    return (
      <PageShell className="cadre-rounds">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }

  const close = () => setMode(null);
  const conflict = () => {
    void Taro.showToast({ title: '评选已被他人修改，已刷新为最新内容', icon: 'none' });
    void round.reload();
    void list.refresh();
  };
  const saved = (r: RoundView, message: string) => {
    void Taro.showToast({ title: message, icon: 'success' });
    void list.refresh();
    setMode({ type: 'detail', id: r.id });
    void round.reload();
  };
  const current = round.data && mode && 'id' in mode && round.data.id === mode.id ? round.data : null;
  const open = async () => {
    if (!current) return;
    const reply = await opening.run({ id: current.id, version: current.version });
    if (reply?.ok) saved(reply.data.round, '已开放推荐');
    else if (reply?.code === 'CONFLICT') conflict();
  };
  return (
    <PageShell className="cadre-rounds">
      <View className="cadre-rounds__top">
        <Text className="muted">评选表彰的轮次及其规则（名额、环节、公示期、民主推荐规则等）</Text>
        {district ? (
          <Button className="btn btn--primary btn--block cadre-rounds__new" onClick={() => setMode({ type: 'new' })}>
            新建评选
          </Button>
        ) : null}
      </View>
      <ManagedList
        list={list}
        emptyTitle="还没有评选"
        emptyDescription={district ? '点上方「新建评选」按默认规则创建一届评选。' : '区总工会创建评选后会显示在这里。'}
        renderItem={(r) => (
          <View className="round-row" ariaRole="link" onClick={() => setMode({ type: 'detail', id: r.id })}>
            <Text className="round-row__name">{r.name}</Text>
            <View className="round-row__chips">
              <StatusChip tone={ROUND_STATUS[r.status].tone} text={ROUND_STATUS[r.status].text} />
              <Text className="muted">
                {r.year} 年 · {TARGET_LEVEL_ZH[r.targetLevel]}
                {r.frozenAt ? ' · 规则已冻结' : ''}
              </Text>
            </View>
          </View>
        )}
      />
      {mode?.type === 'new' && district ? (
        <RoundForm
          grant={district}
          round={null}
          year={new Date().getFullYear()}
          onSaved={(r) => saved(r, '已创建')}
          onConflict={conflict}
          onCancel={close}
        />
      ) : null}
      {mode && mode.type !== 'new' && !current ? (
        round.status === 'error' ? (
          <Sheet title="评选" onClose={close}>
            <ErrorState message={round.error.message} onRetry={() => void round.reload()} />
          </Sheet>
        ) : (
          <Sheet title="评选" onClose={close}>
            <Text className="muted">正在加载…</Text>
          </Sheet>
        )
      ) : null}
      {mode?.type === 'detail' && current ? (
        <RoundDetail
          round={current}
          canManage={district !== null}
          onEdit={() => setMode({ type: 'edit', id: current.id })}
          onOpen={() => setMode({ type: 'open', id: current.id })}
          onClose={close}
        />
      ) : null}
      {mode?.type === 'edit' && current && district ? (
        <RoundForm
          grant={district}
          round={current}
          year={current.config.year}
          onSaved={(r) => saved(r, current.frozenAt ? '修订已留痕' : '已保存')}
          onConflict={conflict}
          onCancel={() => setMode({ type: 'detail', id: current.id })}
        />
      ) : null}
      {mode?.type === 'open' && current ? (
        <ConfirmSheet
          title="开放推荐"
          notes={[
            `开放后各基层工会即可在「${current.config.name}」中新建推荐。`,
            '第一份推荐提交后，评选规则冻结，之后的修改须写明理由并留痕。',
          ]}
          submitText="确认开放"
          pendingText="正在开放…"
          pending={opening.pending}
          error={opening.error?.message ?? null}
          onConfirm={() => void open()}
          onCancel={() => setMode({ type: 'detail', id: current.id })}
        />
      ) : null}
    </PageShell>
  );
}
