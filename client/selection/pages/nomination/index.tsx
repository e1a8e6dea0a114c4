/**
 * 推荐详情: the nomination form (the ID number only masked), where it stands in the round's stage
 * list, the records of each stage, the timeline from the audit log, and the actions the caller can
 * take now, each in a dialog. A CONFLICT reloads the file with a toast.
 */
import { useState, type ReactNode } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  EDUCATION_ZH,
  GENDER_ZH,
  HONOR_LEVEL_ZH,
  POLITICAL_STATUS_ZH,
  type NominationView,
  type RoundView,
} from '../../../../shared/actions/nomination.schema';
import { TIER_ZH } from '../../../../shared/org';
import {
  CONSULTATION_CATEGORY_ZH,
  MEETING_FORM_ZH,
  NOMINEE_FLAG_ZH,
  TARGET_LEVEL_ZH,
} from '../../../../shared/selection/round';
import { isTerminal, type WorkflowEvent } from '../../../../shared/selection/workflow';
import { CadreGate } from '../../../components/cadre-gate';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { NominationSheets, type ActionDone, type NominationSheet } from '../../../components/nomination-sheets';
import { NominationTimeline } from '../../../components/nomination-timeline';
import { PageShell } from '../../../components/page-shell';
import { StageProgress } from '../../../components/stage-progress';
import { StatusChip } from '../../../components/status-chip';
import { useMe } from '../../../hooks/use-me';
import { useNominationFile } from '../../../hooks/use-nominations';
import { dateZh } from '../../../lib/datetime';
import { formatDateTimeZh } from '../../../lib/format';
import {
  canReadNominations,
  CONFLICT_TOAST,
  deadlineText,
  nominationCadreGrants,
  nominationEditUrl,
  nominationUrl,
  noticeOpenUrl,
  recommendationResult,
  slateUrl,
  stageLabel,
  statusLabel,
  statusTone,
} from '../../../lib/nomination';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

interface Action {
  label: string;
  run: () => void;
  tone?: 'primary' | 'danger';
}

const go = (url: string) => () => void Taro.navigateTo({ url });

/** The buttons for what the caller can do now, from the file's `availableEvents` and its stage. */
function actionsFor(n: NominationView, open: (s: NominationSheet) => () => void): Action[] {
  const has = (e: WorkflowEvent) => n.availableEvents.includes(e);
  const kind = n.stage.kind;
  const out: Action[] = [];
  if (has('saveDraft')) out.push({ label: '编辑推荐表', run: go(nominationEditUrl({ id: n.id })) });
  if (has('saveDraft') && kind === 'democraticRecommendation') {
    out.push({ label: n.recommendation ? '修改民主推荐情况' : '登记民主推荐', run: open({ kind: 'recommendation' }) });
  }
  if (has('submit')) out.push({ label: '提交', run: open({ kind: 'submit' }), tone: 'primary' });
  if (has('resubmit')) out.push({ label: '重新提交', run: open({ kind: 'submit' }), tone: 'primary' });
  if (has('openNotice')) {
    out.push({ label: '发起公示', run: go(noticeOpenUrl(n.roundId, n.state.stageIndex, n.id)), tone: 'primary' });
  }
  if (has('closeNotice')) out.push({ label: '结束公示', run: open({ kind: 'closeNotice' }), tone: 'primary' });
  if (has('recordConsent')) out.push({ label: '登记党组织意见', run: open({ kind: 'consent' }), tone: 'primary' });
  if (has('signConsultation')) out.push({ label: '签署部门意见', run: open({ kind: 'opinion' }), tone: 'primary' });
  if (kind === 'secondaryReview' && has('pass')) {
    out.push({ label: n.inspection ? '修改考察情况' : '登记考察情况', run: open({ kind: 'inspection' }) });
  }
  if (has('pass')) out.push({ label: '审核通过', run: open({ kind: 'review', decision: 'pass' }), tone: 'primary' });
  if (has('recordDetermination')) {
    out.push({ label: '登记审定结果', run: open({ kind: 'determination' }), tone: 'primary' });
  }
  if (has('confer')) out.push({ label: '作出表彰决定', run: open({ kind: 'confer' }), tone: 'primary' });
  if (has('submitUpward')) out.push({ label: '上报', run: open({ kind: 'submitUpward' }), tone: 'primary' });
  if (has('return')) out.push({ label: '退回补正', run: open({ kind: 'review', decision: 'return' }) });
  if (has('reject')) {
    out.push({ label: '不予通过', run: open({ kind: 'review', decision: 'reject' }), tone: 'danger' });
  }
  if (has('replace')) out.push({ label: '替换人选', run: open({ kind: 'replace' }), tone: 'danger' });
  if (has('withdraw')) out.push({ label: '撤回推荐', run: open({ kind: 'withdraw' }), tone: 'danger' });
  return out;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="nomination-detail__row">
      <Text className="nomination-detail__label">{label}</Text>
      <Text className="nomination-detail__value">{children}</Text>
    </View>
  );
}

function FormCard({ n }: { n: NominationView }) {
  const f = n.form;
  const dash = (v: string | undefined) => v || '—';
  return (
    <View className="card nomination-detail__card">
      <Row label="姓名">{dash(f.name)}</Row>
      <Row label="性别">{f.gender ? GENDER_ZH[f.gender] : '—'}</Row>
      <Row label="民族">{dash(f.ethnicity)}</Row>
      <Row label="出生日期">{f.birthDate ? dateZh(f.birthDate) : '—'}</Row>
      <Row label="身份证号">{n.idNumberMasked ?? '未录入'}</Row>
      <Row label="政治面貌">{f.politicalStatus ? POLITICAL_STATUS_ZH[f.politicalStatus] : '—'}</Row>
      <Row label="学历">{f.education ? EDUCATION_ZH[f.education] : '—'}</Row>
      <Row label="工作单位">{dash(f.unitName)}</Row>
      <Row label="职务">{dash(f.position)}</Row>
      <Row label="职称或技能等级">{dash(f.professionalTitle)}</Row>
      <Row label="行业">{dash(f.industry)}</Row>
      <Row label="身份类别">{(f.flags ?? []).map((x) => NOMINEE_FLAG_ZH[x]).join('、') || '—'}</Row>
      <Row label="征求意见类别">
        {(f.consultationCategories ?? []).map((x) => CONSULTATION_CATEGORY_ZH[x]).join('、') || '无'}
      </Row>
      <Row label="推荐荣誉称号">{dash(f.titleSought)}</Row>
      <Row label="荣誉基础">
        {(f.priorHonors ?? [])
          .map((h) => `${h.year}年 ${h.title}（${HONOR_LEVEL_ZH[h.level]}，${h.issuer}）`)
          .join('；') || '无'}
      </Row>
      <Row label="简要事迹">{dash(f.shortDeeds)}</Row>
      <Row label="详细事迹">{dash(f.longDeeds)}</Row>
      <Row label="公开同意">
        {f.publicationConsent
          ? `${f.publicationConsent.signer} 于 ${dateZh(f.publicationConsent.date)} 签署：公示${f.publicationConsent.notice ? '同意' : '不同意'}、故事宣传${f.publicationConsent.stories ? '同意' : '不同意'}、照片${f.publicationConsent.photo ? '同意' : '不同意'}`
          : '未上传'}
      </Row>
      <Row label="附件">{(f.attachments ?? []).map((a) => a.name).join('、') || '无'}</Row>
    </View>
  );
}

function RecordsCard({ n, round }: { n: NominationView; round: RoundView }) {
  const r = n.recommendation;
  const result = r ? recommendationResult(round.config.quorumRules, r.form, r) : null;
  const c = n.consultation;
  return (
    <View className="card nomination-detail__card">
      <Row label="民主推荐">
        {r
          ? `${dateZh(r.date)} ${MEETING_FORM_ZH[r.form]}：代表 ${r.delegatesTotal} 人，到会 ${r.present} 人，赞成 ${r.votesFor} 票。${result?.text ?? ''}`
          : '未登记'}
      </Row>
      {n.notices.map((x) => (
        <Row key={`notice-${x.stageIndex}-${x.opensAt}`} label={`${TIER_ZH[x.tier]}公示`}>
          {`${x.periodZh}${x.statement === 'noObjection' ? '，公示无异议' : x.statement === 'noticeReport' ? '，附公示情况报告' : x.periodStatus === 'open' ? '，公示中' : ''}`}
        </Row>
      ))}
      {n.partyConsents.map((p) => (
        <Row key={`consent-${p.stageIndex}`} label={`${TIER_ZH[p.tier]}党组织意见`}>
          {`${p.signer} ${dateZh(p.date)} 同意${p.note ? `（${p.note}）` : ''}`}
        </Row>
      ))}
      {c ? (
        <Row label="征求意见">
          {`须征求：${c.required.join('、') || '无'}${c.pending.length > 0 ? `；待签署：${c.pending.join('、')}` : '；已全部签署'}`}
          {c.opinions
            .map(
              (o) =>
                `\n${o.department}：${o.decision === 'agree' ? '同意' : o.decision === 'disagree' ? '不同意' : '已签署'}${o.comment ? `，${o.comment}` : ''}（${formatDateTimeZh(o.signedAt)}）`,
            )
            .join('')}
        </Row>
      ) : null}
      {n.inspection ? (
        <Row label="考察">{`${dateZh(n.inspection.date)} ${n.inspection.inspectors.join('、')}：${n.inspection.summary}`}</Row>
      ) : null}
      {n.determination ? (
        <Row label="审定">
          {`${dateZh(n.determination.date)} 委员 ${n.determination.membersTotal} 人，到会 ${n.determination.present} 人；赞成 ${n.determination.votesFor}，反对 ${n.determination.votesAgainst}，弃权 ${n.determination.abstentions}`}
        </Row>
      ) : null}
      {n.conferral ? (
        <Row label="表彰决定">{`${n.conferral.issuer} ${n.conferral.documentNumber}（${dateZh(n.conferral.date)}）`}</Row>
      ) : null}
      {n.submission ? (
        <Row label="上报">
          {`${dateZh(n.submission.date)} 报${TARGET_LEVEL_ZH[n.submission.level]}${n.submission.documentNumber ? `，${n.submission.documentNumber}` : ''}`}
        </Row>
      ) : null}
    </View>
  );
}

export default function NominationPage() {
  const me = useMe();
  const id = decodeParam(useRouter().params.id);
  const allowed = canReadNominations(me.data);
  const file = useNominationFile(allowed ? id : '');
  const [sheet, setSheet] = useState<NominationSheet | null>(null);

  if (!allowed) {
    return (
      <PageShell className="cadre-nomination">
        <CadreGate me={me} missing="您没有推荐审核权限" />
      </PageShell>
    );
  }
  if (file.status === 'error' && (file.error.code === 'NOT_FOUND' || file.error.code === 'FORBIDDEN')) {
    return (
      <PageShell className="cadre-nomination">
        <EmptyState title="推荐不存在或不在您的办理范围内" description="请回到推荐管理或待办重新选择。" />
      </PageShell>
    );
  }
  if (file.status === 'error' && !file.data) {
    return (
      <PageShell className="cadre-nomination">
        <ErrorState message={file.error.message} onRetry={() => void file.reload()} />
      </PageShell>
    );
  }
  if (!file.data) {
    return (
      <PageShell className="cadre-nomination">
        <View className="card cadre-nomination__skeleton" ariaLabel="正在加载">
          <View className="cadre-nomination__bar" />
          <View className="cadre-nomination__bar cadre-nomination__bar--short" />
        </View>
      </PageShell>
    );
  }

  const { nomination: n, round, timeline } = file.data;
  // Middle-tier and district cadres send slates up: their slate (quotas, composition, the written
  // explanation a rule may need) is one tap away from the file.
  const slateGrant = nominationCadreGrants(me.data).find((g) => g.tier !== 'grassroots');
  const open = (s: NominationSheet) => () => setSheet(s);
  const actions = actionsFor(n, open);
  const onDone = (done: ActionDone) => {
    setSheet(null);
    void Taro.showToast({ title: done.message, icon: 'success' });
    void file.reload();
    if (done.replacement) void Taro.navigateTo({ url: nominationUrl(done.replacement.id) });
  };
  const onConflict = () => {
    setSheet(null);
    void Taro.showToast({ title: CONFLICT_TOAST, icon: 'none' });
    void file.reload();
  };
  return (
    <PageShell className="cadre-nomination">
      <View className="card cadre-nomination__head">
        <View className="cadre-nomination__title">
          <Text className="cadre-nomination__name">{n.form.name || '（未填写姓名）'}</Text>
          <StatusChip tone={statusTone(n.state.status)} text={statusLabel(n.state.status)} />
        </View>
        <Text className="muted">
          {n.orgName} · {round.config.name}
        </Text>
        <Text>
          当前环节：{stageLabel(n.stage)} · {n.form.titleSought || '未选荣誉称号'}
        </Text>
        <Text className={n.deadlineAt ? 'cadre-nomination__deadline' : 'muted'}>{deadlineText(n.deadlineAt)}</Text>
        {n.replaces ? (
          <View className="cadre-nomination__link" ariaRole="link" onClick={go(nominationUrl(n.replaces))}>
            替换自另一份推荐，查看原推荐 ›
          </View>
        ) : null}
        {n.replacedBy ? (
          <View className="cadre-nomination__link" ariaRole="link" onClick={go(nominationUrl(n.replacedBy))}>
            已被替换，查看新人选的推荐表 ›
          </View>
        ) : null}
        {slateGrant ? (
          <View className="cadre-nomination__link" ariaRole="link" onClick={go(slateUrl(n.roundId, slateGrant.orgId))}>
            查看{slateGrant.orgName}推荐名单（名额、比例结构与书面说明） ›
          </View>
        ) : null}
        {file.status === 'error' ? (
          <ErrorState compact message={file.error.message} onRetry={() => void file.reload()} />
        ) : null}
      </View>

      <View className="section-title">可办理事项</View>
      {actions.length > 0 ? (
        <View className="card cadre-nomination__actions">
          {actions.map((a) => (
            <Button
              key={a.label}
              className={`btn cadre-nomination__action${a.tone === 'primary' ? ' btn--primary' : ''}${a.tone === 'danger' ? ' cadre-nomination__action--danger' : ''}`}
              onClick={a.run}
            >
              {a.label}
            </Button>
          ))}
        </View>
      ) : (
        <EmptyState
          title="当前没有需要您办理的事项"
          description={
            isTerminal(n.state.status)
              ? `本推荐已在「${stageLabel(n.stage)}」环节结束（${statusLabel(n.state.status)}），无需再办理。`
              : `本推荐处于「${stageLabel(n.stage)}」环节，由${TIER_ZH[n.stage.tier]}工会办理。`
          }
        />
      )}

      <View className="section-title">评选环节</View>
      <StageProgress stages={round.config.stages} stageIndex={n.state.stageIndex} status={n.state.status} />
      <View className="section-title">推荐审批表</View>
      <FormCard n={n} />
      <View className="section-title">各环节记录</View>
      <RecordsCard n={n} round={round} />
      <View className="section-title">办理记录</View>
      <NominationTimeline entries={timeline} />

      {sheet ? (
        <NominationSheets
          sheet={sheet}
          nomination={n}
          round={round}
          onDone={onDone}
          onConflict={onConflict}
          onClose={() => setSheet(null)}
        />
      ) : null}
    </PageShell>
  );
}
