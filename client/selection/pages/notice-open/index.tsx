/**
 * 开始公示 (`?roundId=&stageIndex=&nominationId=`): the nominees of my subtree waiting at this notice
 * stage (the one I came from pre-selected), the office receiving objections, and the period the
 * notice will get. When the calendar lacks a year, the proposed days are shown for me to check
 * against the official schedule and confirm (or the district enters the schedule first).
 */
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ErrorReply } from '../../../../shared/envelope';
import { notice, type AdminNotice } from '../../../api/notice';
import { CadreGate } from '../../../components/cadre-gate';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { TextField } from '../../../components/form-field';
import { PageShell } from '../../../components/page-shell';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useRequest } from '../../../hooks/use-request';
import { useSubmit } from '../../../hooks/use-submit';
import { noticeUrl, posterUrl, NOTICE_ROUTES } from '../../../lib/notice';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

const OFFICE_FIELDS = ['name', 'phone', 'address', 'email'] as const;
type OfficeField = (typeof OFFICE_FIELDS)[number];
const OFFICE_LABEL: Record<OfficeField, string> = {
  name: '受理机构',
  phone: '联系电话',
  address: '地址',
  email: '电子邮箱（选填）',
};

/** The issue of an error reply on `office.<field>`, if any. */
function officeIssue(error: ErrorReply | null, field: OfficeField): string | null {
  return error?.issues?.find((i) => i.path[0] === 'office' && i.path[1] === field)?.message ?? null;
}

export default function NoticeOpenPage() {
  const params = useRouter().params;
  const roundId = decodeParam(params.roundId);
  const stageIndex = Number(decodeParam(params.stageIndex));
  const from = decodeParam(params.nominationId);
  const { me, grant } = useCadreGrant('nomination.review');
  const prep = useRequest(() => notice.prepareNotice({ roundId, stageIndex }), [roundId, stageIndex]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const [office, setOffice] = useState<Record<OfficeField, string>>({ name: '', phone: '', address: '', email: '' });
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<AdminNotice | null>(null);
  const submit = useSubmit(notice.openNotice);

  if (!grant) {
    return (
      <PageShell className="notice-open">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }
  if (done) {
    return (
      <PageShell className="notice-open">
        <View className="card notice-open__done">
          <Text className="notice-open__title">公示已发布</Text>
          <Text>{done.title}</Text>
          <Text>公示时间：{done.periodZh}</Text>
          <Button className="btn btn--primary" onClick={() => void Taro.redirectTo({ url: noticeUrl(done.id) })}>
            查看公示
          </Button>
          <Button className="btn" onClick={() => void Taro.navigateTo({ url: posterUrl(done.id) })}>
            打印公示海报
          </Button>
        </View>
      </PageShell>
    );
  }
  if (!prep.data) {
    return (
      <PageShell className="notice-open">
        {prep.status === 'error' ? (
          <ErrorState message={prep.error.message} onRetry={() => void prep.reload()} />
        ) : (
          <View className="card notice-open__section" ariaLabel="正在加载">
            正在加载…
          </View>
        )}
      </PageShell>
    );
  }
  const p = prep.data;
  const selected = picked ?? p.candidates.filter((c) => c.id === from).map((c) => c.id);
  const toggle = (id: string) =>
    setPicked(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const missing = p.period.ok ? null : p.period;
  const canSubmit = selected.length > 0 && (!missing || confirmed) && !submit.pending;

  const send = async () => {
    const reply = await submit.run({
      roundId,
      stageIndex,
      nominations: p.candidates.filter((c) => selected.includes(c.id)).map(({ id, version }) => ({ id, version })),
      office: {
        name: office.name,
        phone: office.phone,
        address: office.address,
        ...(office.email.trim() ? { email: office.email.trim() } : {}),
      },
      ...(missing ? { confirmedDays: missing.proposal.days } : {}),
    });
    if (reply?.ok) setDone(reply.data.notice);
    else if (reply && (reply.code === 'CONFLICT' || reply.code === 'CALENDAR_MISSING')) void prep.reload();
  };

  return (
    <PageShell className="notice-open">
      <View className="card notice-open__section">
        <Text className="notice-open__title">{p.roundName}</Text>
        <Text className="muted">
          发布单位：{p.org.name} · 公示期 {p.stage.ruleZh}
        </Text>
      </View>
      <View className="section-title">公示人选</View>
      {p.candidates.length === 0 ? (
        <EmptyState
          title="没有待公示的人选"
          description="本环节的人选都已公示或尚未报到本环节。"
          actionText="刷新"
          onAction={() => void prep.reload()}
        />
      ) : (
        <View className="card" ariaRole="group" ariaLabel="选择公示人选">
          {p.candidates.map((c) => (
            <View
              key={c.id}
              className={selected.includes(c.id) ? 'notice-open__pick notice-open__pick--on' : 'notice-open__pick'}
              ariaRole="checkbox"
              aria-checked={selected.includes(c.id)}
              onClick={() => toggle(c.id)}
            >
              <Text className="notice-open__name">{c.name}</Text>
              <Text className="muted">
                {c.unitName || c.orgName} · {c.titleSought}
              </Text>
            </View>
          ))}
        </View>
      )}
      <View className="section-title">受理异议</View>
      <View className="card notice-open__section">
        {OFFICE_FIELDS.map((f) => (
          <TextField
            key={f}
            label={OFFICE_LABEL[f]}
            value={office[f]}
            maxlength={f === 'address' ? 120 : 60}
            error={officeIssue(submit.error, f)}
            onChange={(v) => setOffice({ ...office, [f]: v })}
          />
        ))}
      </View>
      <View className="section-title">公示期</View>
      <View className="card notice-open__section">
        {p.period.ok ? (
          <Text>{p.period.periodZh}，公示至最后一日24时</Text>
        ) : (
          <View className="notice-open__missing">
            <Text>
              {p.period.years.join('、')}年的节假日安排尚未公布，系统不能自动计算工作日。建议日期（按周一至周五）：
            </Text>
            <Text className="notice-open__proposal">{p.period.proposal.periodZh}</Text>
            <Text className="muted">{p.period.proposal.days.join('、')}</Text>
            <View
              className={confirmed ? 'chip chip--on' : 'chip'}
              ariaRole="checkbox"
              aria-checked={confirmed}
              onClick={() => setConfirmed(!confirmed)}
            >
              已核对官方安排，确认以上日期
            </View>
            <View
              className="notice-open__link"
              ariaRole="link"
              onClick={() => void Taro.navigateTo({ url: NOTICE_ROUTES.calendar })}
            >
              或由区总工会录入当年节假日安排
            </View>
          </View>
        )}
      </View>
      {submit.error && !submit.error.issues?.length ? (
        <View className="notice-open__error" ariaRole="alert">
          {submit.error.message}
        </View>
      ) : null}
      <View className="notice-open__foot">
        <Button
          className={`btn btn--primary btn--block${submit.pending ? ' btn--busy' : ''}`}
          disabled={!canSubmit}
          onClick={() => void send()}
        >
          {submit.pending ? '正在发布…' : `发布公示（${selected.length}名）`}
        </Button>
      </View>
    </PageShell>
  );
}
