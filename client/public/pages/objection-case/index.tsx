/**
 * 异议办理进度 (`?id=`): the status, the deadline, what I wrote, and once concluded the finding and
 * the reply; then 「删除我的个人信息」 (after confirmation) erases my identity from the case.
 */
import { useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { OBJECTOR_KIND_ZH } from '../../../../shared/actions/objection.schema';
import { objection } from '../../../api/objection';
import { ConfirmSheet } from '../../../components/confirm-sheet';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { PageShell } from '../../../components/page-shell';
import { StatusChip } from '../../../components/status-chip';
import { useRequest } from '../../../hooks/use-request';
import { useSubmit } from '../../../hooks/use-submit';
import { formatDateZh } from '../../../lib/format';
import { findingZh, OBJECTION_ROUTES, OBJECTION_STATUS } from '../../../lib/objection';
import { go } from '../../../lib/feedback';
import { decodeParam } from '../../../lib/route-param';
import './index.scss';

export default function ObjectionCasePage() {
  const id = decodeParam(useRouter().params.id);
  const view = useRequest(() => objection.getMine({ id }), [id]);
  const erase = useSubmit(objection.eraseMine);
  const [confirming, setConfirming] = useState(false);
  usePullDownRefresh(() => {
    void view.reload().finally(() => Taro.stopPullDownRefresh());
  });

  if (view.status === 'error' && !view.data) {
    if (view.error.code === 'NOT_FOUND') {
      return (
        <PageShell className="objection-case">
          <EmptyState
            title="找不到这件异议"
            description="异议不存在，或您已删除其中的个人信息。"
            actionText="我的异议"
            onAction={() => go(OBJECTION_ROUTES.mine)}
          />
        </PageShell>
      );
    }
    return (
      <PageShell className="objection-case">
        <ErrorState message={view.error.message} onRetry={() => void view.reload()} />
      </PageShell>
    );
  }
  const c = view.data;
  if (!c) {
    return (
      <PageShell className="objection-case">
        <View className="card objection-case__skeleton" ariaLabel="正在加载">
          <View className="objection-case__bar" />
          <View className="objection-case__bar objection-case__bar--tall" />
        </View>
      </PageShell>
    );
  }
  const chip = OBJECTION_STATUS[c.status];
  const confirm = async () => {
    const reply = await erase.run({ id: c.id });
    if (reply?.ok) {
      setConfirming(false);
      void Taro.showToast({ title: '已删除', icon: 'success' });
      void Taro.navigateBack();
    }
  };
  return (
    <PageShell className="objection-case">
      <View className="card objection-case__card">
        <View className="objection-case__head">
          <Text className="objection-case__title">{`对「${c.nomineeName}」的异议`}</Text>
          <StatusChip tone={chip.tone} text={chip.text} />
        </View>
        <Text className="muted">{c.noticeTitle}</Text>
        <Text className="muted">{`案件编号 ${c.caseNo} · ${formatDateZh(c.createdAt)}提交（${OBJECTOR_KIND_ZH[c.objectorKind]}）`}</Text>
        {c.late ? <Text className="muted">公示期结束后提交，作为逾期异议受理。</Text> : null}
        {c.status === 'concluded' ? null : <Text className="muted">{`答复期限：${formatDateZh(c.dueAt)}前`}</Text>}
      </View>
      {c.status === 'concluded' ? (
        <View className="card objection-case__card" ariaRole="region" ariaLabel="办理结果">
          <Text className="objection-case__label">核查结论</Text>
          <Text className="objection-case__finding">{findingZh(c.finding)}</Text>
          <Text className="objection-case__label">答复</Text>
          <Text className="objection-case__text">{c.reply ?? ''}</Text>
          {c.concludedAt ? <Text className="muted">{`${formatDateZh(c.concludedAt)}办结`}</Text> : null}
        </View>
      ) : null}
      <View className="card objection-case__card">
        <Text className="objection-case__label">异议事实</Text>
        <Text className="objection-case__text">{c.facts}</Text>
        <Text className="objection-case__label">核查线索</Text>
        <Text className="objection-case__text">{c.leads}</Text>
        {c.evidenceUrls.length > 0 ? (
          <View className="objection-case__images">
            {c.evidenceUrls.map((url, i) => (
              <Image
                key={url}
                className="objection-case__img"
                src={url}
                mode="aspectFill"
                ariaLabel={`证据图片 ${i + 1}`}
              />
            ))}
          </View>
        ) : null}
      </View>
      {c.canErase ? (
        <View className="card objection-case__card">
          <Text className="muted">
            案件已办结。您可以删除本案中的个人信息（姓名、手机号等），删除后本案不再显示在「我的异议」中。
          </Text>
          <Button className="btn btn--block" onClick={() => setConfirming(true)}>
            删除我的个人信息
          </Button>
        </View>
      ) : null}
      {confirming ? (
        <ConfirmSheet
          title="删除个人信息"
          notes={[
            '将删除您在本案中的姓名、手机号等身份信息，删除后无法恢复。',
            '案件的核查结论仍按规定保存，但不再与您关联。',
          ]}
          submitText="确认删除"
          pendingText="正在删除…"
          pending={erase.pending}
          error={erase.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </PageShell>
  );
}
