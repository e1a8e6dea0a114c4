/**
 * 宣传月设置 (district cadres only): the newest campaign opens for editing, earlier ones or a new one
 * can be chosen; theme, dates, banner, the six spirit phrases, featured stories, the day-by-day
 * schedule; 保存 and 发布 (confirmed), and 下线 of a published one (with a reason: home leaves campaign
 * mode at once). During its dates the home page switches to it by itself.
 */
import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { CampaignForm } from '../../../components/campaign-form';
import { CampaignUnpublishForm } from '../../../components/campaign-unpublish-form';
import { ConfirmSheet } from '../../../components/confirm-sheet';
import { ErrorState } from '../../../components/error-state';
import { FeaturedStories } from '../../../components/featured-picker';
import { ScheduleEditor } from '../../../components/schedule-editor';
import { PageShell } from '../../../components/page-shell';
import { STORY_STATUS, StatusChip } from '../../../components/status-chip';
import { useCampaignEditor } from '../../../hooks/use-campaign-editor';
import { useMe } from '../../../hooks/use-me';
import { canManageCampaign, grantsWith } from '../../../lib/cadre';
import { dateZh, shanghaiParts } from '../../../lib/datetime';
import './index.scss';

export default function CampaignEditPage() {
  const me = useMe();
  const grant = grantsWith(me.data, 'content.manage').find(canManageCampaign) ?? null;
  const editor = useCampaignEditor(grant !== null);
  const [confirming, setConfirming] = useState(false);
  const [unpublishing, setUnpublishing] = useState(false);
  const { campaigns, items, current, values } = editor;

  if (!grant) {
    return (
      <PageShell className="cadre-campaign">
        <CadreGate me={me} missing="宣传月由区总工会内容管理人员设置" />
      </PageShell>
    );
  }
  if (campaigns.status === 'error' && !values) {
    return (
      <PageShell className="cadre-campaign">
        <ErrorState message={campaigns.error.message} onRetry={() => void campaigns.reload()} />
      </PageShell>
    );
  }
  if (!values) {
    return (
      <PageShell className="cadre-campaign">
        <View className="card cadre-campaign__skeleton" ariaLabel="正在加载" />
      </PageShell>
    );
  }

  const chips = [...items.map((c) => ({ id: c.id, label: c.theme })), { id: 'new', label: '＋ 新建宣传月' }];
  const selectedId = current?.id ?? 'new';
  const published = current?.status === 'published';
  const status = current ? STORY_STATUS[current.status] : { tone: 'draft' as const, text: '新宣传月' };
  return (
    <PageShell className="cadre-campaign">
      <View className="cadre-campaign__switch" ariaRole="radiogroup" ariaLabel="选择宣传月">
        {chips.map((c) => (
          <View
            key={c.id}
            className={c.id === selectedId ? 'chip chip--on' : 'chip'}
            ariaRole="radio"
            aria-checked={c.id === selectedId}
            onClick={() => editor.choose(c.id)}
          >
            {c.label}
          </View>
        ))}
      </View>
      <View className="cadre-campaign__status">
        <StatusChip tone={status.tone} text={status.text} />
        {current ? <View className="muted">{`${dateZh(shanghaiParts(current.startsAt).date)} 起`}</View> : null}
      </View>
      <CampaignForm editor={editor} />
      <View className="section-title">推荐故事</View>
      <FeaturedStories editor={editor} />
      <View className="section-title">日程</View>
      <ScheduleEditor editor={editor} />
      <View className="cadre-campaign__bar">
        {editor.publishError && !confirming ? (
          <View className="cadre-campaign__error" ariaRole="alert">
            {editor.publishError}
          </View>
        ) : null}
        <View className="cadre-campaign__buttons">
          <Button
            className={editor.form.pending ? 'btn btn--busy' : 'btn'}
            disabled={editor.publishing}
            onClick={() => void editor.save()}
          >
            {editor.form.pending ? '正在保存…' : '保存'}
          </Button>
          {published && current ? (
            <Button
              className="btn cadre-campaign__off"
              disabled={editor.publishing}
              ariaLabel="下线宣传月"
              onClick={() => setUnpublishing(true)}
            >
              下线
            </Button>
          ) : null}
          <Button
            className="btn btn--primary"
            disabled={editor.publishing || (published && !editor.dirty)}
            onClick={() => setConfirming(true)}
          >
            {published ? (editor.dirty ? '保存并发布' : '已发布') : '发布'}
          </Button>
        </View>
      </View>
      {confirming ? (
        <ConfirmSheet
          title="发布宣传月"
          notes={[
            `确定发布「${values.theme}」吗？${dateZh(values.startDate)}至${dateZh(values.endDate)}期间，首页将切换为宣传月样式。`,
            ...(editor.dirty || !current ? ['您有未保存的修改，将先保存再发布。'] : []),
          ]}
          submitText="确认发布"
          pendingText="正在发布…"
          pending={editor.publishing}
          error={editor.publishError}
          onConfirm={() => void editor.publish().then((done) => done && setConfirming(false))}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {unpublishing && current ? (
        <CampaignUnpublishForm
          campaign={current}
          unpublishCampaign={editor.unpublishCampaign}
          onDone={() => {
            setUnpublishing(false);
            editor.afterUnpublish();
          }}
          onConflict={editor.reload}
          onCancel={() => setUnpublishing(false)}
        />
      ) : null}
    </PageShell>
  );
}
