/** 下线志愿服务基地: off the public list with a reason (audited); its activities stay as they are. */
import { promotion, type ManagedBase } from '../../api/promotion';
import { ReasonCallSheet } from '../reason-sheet';

export interface BaseUnpublishFormProps {
  base: ManagedBase;
  onDone: () => void;
  onCancel: () => void;
  /** The base changed meanwhile: the caller reloads the list. */
  onConflict: () => void;
  unpublishBase?: typeof promotion.unpublishBase;
}

export function BaseUnpublishForm(props: BaseUnpublishFormProps) {
  const { base, onDone, onCancel, onConflict, unpublishBase = promotion.unpublishBase } = props;
  return (
    <ReasonCallSheet
      title="下线基地"
      note={`确定下线「${base.name}」吗？下线后公众在「志愿服务基地」中看不到它，已安排的活动不受影响；需要时可以重新上线。`}
      label="下线原因"
      placeholder="例如：基地场地改造，暂停服务"
      submitText="确认下线"
      pendingText="正在下线…"
      call={({ reason }, options) => unpublishBase({ id: base.id, version: base.version, reason }, options)}
      onDone={() => onDone()}
      onCancel={onCancel}
      onConflict={onConflict}
    />
  );
}
