/**
 * 下线宣传月: takes the published campaign off home at once (the home page leaves campaign mode),
 * with the reason recorded in the audit; it can be published again later.
 */
import { promotion, type ManagedCampaign } from '../../api/promotion';
import { ReasonCallSheet } from '../reason-sheet';

export interface CampaignUnpublishFormProps {
  campaign: ManagedCampaign;
  onDone: () => void;
  onCancel: () => void;
  /** The campaign changed meanwhile: the caller reloads it. */
  onConflict: () => void;
  unpublishCampaign?: typeof promotion.unpublishCampaign;
}

export function CampaignUnpublishForm(props: CampaignUnpublishFormProps) {
  const { campaign, onDone, onCancel, onConflict, unpublishCampaign = promotion.unpublishCampaign } = props;
  return (
    <ReasonCallSheet
      title="下线宣传月"
      note={`确定下线「${campaign.theme}」吗？下线后首页立即退出宣传月样式，不再展示横幅、推荐故事和日程；内容会保留，需要时可以重新发布。`}
      label="下线原因"
      placeholder="例如：宣传月方案调整，择期重新发布"
      submitText="确认下线"
      pendingText="正在下线…"
      call={({ reason }, options) => unpublishCampaign({ id: campaign.id, version: campaign.version, reason }, options)}
      onDone={() => onDone()}
      onCancel={onCancel}
      onConflict={onConflict}
    />
  );
}
