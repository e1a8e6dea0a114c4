/**
 * A notice (公示): its period with exact dates and a countdown on the server's clock, each nominee's
 * public fields, and where and how to object. While it is open, each nominee has 「我要提出异议」;
 * a closed notice shows only its final list. Shareable; opened by `?id=` or a poster code (`scene`).
 */
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { notice, type PublicEntry, type PublicNotice } from '../../../api/notice';
import { ErrorState } from '../../../components/error-state';
import { PageShell } from '../../../components/page-shell';
import { StatusChip } from '../../../components/status-chip';
import { useServerNow } from '../../../hooks/use-notices';
import { useRequest } from '../../../hooks/use-request';
import {
  clockOffset,
  countdownZh,
  GENDER_ZH,
  noticeUrl,
  objectionUrl,
  openOrgNotices,
  posterUrl,
  TIER_NOTICE_ZH,
} from '../../../lib/notice';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

const STATUS_CHIP = {
  scheduled: { tone: 'draft', text: '即将公示' },
  open: { tone: 'live', text: '公示中' },
  closed: { tone: 'off', text: '公示已结束' },
} as const;

function Entry(props: { entry: PublicEntry; n: number; open: boolean; late: boolean; noticeId: string }) {
  const { entry, n, open, late, noticeId } = props;
  const who = [entry.gender ? GENDER_ZH[entry.gender] : null, entry.unitName, entry.position].filter(Boolean);
  return (
    <View className="card notice-entry">
      <Text className="notice-entry__name">
        {n}. {entry.name}
      </Text>
      <Text className="muted">{who.join('，')}</Text>
      <Text className="notice-entry__title">推荐称号：{entry.titleSought}</Text>
      {open ? <Text className="notice-entry__deeds">{entry.shortDeeds}</Text> : null}
      {open || late ? (
        <Button
          className="btn notice-entry__object"
          onClick={() => void Taro.navigateTo({ url: objectionUrl(noticeId, entry.nominationId) })}
        >
          {open ? '我要提出异议' : '提出异议（逾期受理）'}
        </Button>
      ) : null}
    </View>
  );
}

function Office({ n }: { n: PublicNotice }) {
  return (
    <View className="card notice-office">
      <Text className="notice-office__head">受理异议</Text>
      <Text>{n.office.name}</Text>
      <View
        className="notice-office__phone"
        ariaRole="button"
        ariaLabel={`拨打电话 ${n.office.phone}`}
        onClick={() => void Taro.makePhoneCall({ phoneNumber: n.office.phone })}
      >
        电话：{n.office.phone}
      </View>
      <Text>地址：{n.office.address}</Text>
      {n.office.email ? <Text>邮箱：{n.office.email}</Text> : null}
      <Text className="muted">
        公示期内，对公示人选有异议的，可点击人选下方「我要提出异议」实名提交，也可来电、来信或来访反映。请写明具体事实和线索，我们将核查并答复。
      </Text>
    </View>
  );
}

function Skeleton() {
  return (
    <View className="card notice-entry" ariaLabel="正在加载">
      <View className="notice-skeleton__bar" />
      <View className="notice-skeleton__bar notice-skeleton__bar--short" />
      <View className="notice-skeleton__bar" />
    </View>
  );
}

export default function NoticePage() {
  const params = useRouter().params;
  // A poster's mini-program code passes the notice id as `scene`.
  const id = decodeParam(params.id) || decodeParam(params.scene);
  const req = useRequest(() => notice.getNotice({ id }), [id]);
  const now = useServerNow(req.status === 'ok' ? clockOffset(req.serverTime) : 0);
  const n = req.data?.notice ?? null;
  usePullDownRefresh(() => void req.reload().finally(() => Taro.stopPullDownRefresh()));
  useShareAppMessage(() => ({ title: n?.title ?? '公示', path: noticeUrl(id) }));
  useShareTimeline(() => ({ title: n?.title ?? '公示', query: `id=${encodeURIComponent(id)}` }));

  if (!n) {
    return (
      <PageShell className="notice-page">
        {req.status === 'error' ? (
          <ErrorState message={req.error.message} onRetry={() => void req.reload()} />
        ) : (
          <Skeleton />
        )}
      </PageShell>
    );
  }
  const open = n.status === 'open';
  const chip = STATUS_CHIP[n.status];
  return (
    <PageShell className="notice-page">
      <View className="card notice-head">
        <View className="notice-head__chips">
          <StatusChip tone={chip.tone} text={chip.text} />
          <Text className="muted">{TIER_NOTICE_ZH[n.tier]}</Text>
        </View>
        <Text className="notice-head__title">{n.title}</Text>
        <View
          className="notice-head__org"
          ariaRole="link"
          ariaLabel={`查看${n.orgName}发布的全部公示`}
          onClick={() => openOrgNotices(n.orgId)}
        >
          发布单位：<Text className="notice-head__org-name">{n.orgName}</Text> ›
        </View>
        <Text>
          公示时间：{n.periodZh}（{n.ruleZh}）
        </Text>
        {open ? <Text className="notice-head__countdown">距公示结束{countdownZh(n.closesAt, now)}</Text> : null}
        {n.status === 'closed' ? <Text className="muted">公示期已结束，以下为最终名单。</Text> : null}
        {n.lateObjections ? (
          <Text className="muted notice-head__late">
            表彰决定作出前，对以下人选仍有异议的，可以提出，将作逾期受理并核查答复。
          </Text>
        ) : null}
      </View>
      <View className="section-title">
        {open ? `公示人选（${n.entries.length}名）` : `名单（${n.entries.length}名）`}
      </View>
      {n.entries.map((e, i) => (
        <Entry key={e.nominationId} entry={e} n={i + 1} open={open} late={n.lateObjections} noticeId={n.id} />
      ))}
      {open || n.lateObjections ? <Office n={n} /> : null}
      <View className="notice-page__foot">
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: posterUrl(n.id) })}>
          公示海报
        </Button>
      </View>
    </PageShell>
  );
}
