/**
 * The story's own fields: title, summary, cover, the model worker, unit and organization (browsed
 * below my grant's organization), industry, honour and year; for a person without a model worker
 * record, their consent to publication (statement, date signed, the signed document). Errors sit
 * under their fields.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { STORY_CATEGORIES } from '../../../shared/actions/content.schema';
import type { PublicGrant } from '../../api/identity';
import type { ImageUploadDeps } from '../../hooks/use-image-upload';
import {
  EMPTY_CONSENT,
  needsOwnConsent,
  type ConsentDraft,
  type StoryDraft,
  type StoryErrors,
} from '../../lib/story-draft';
import { todayShanghai } from '../../lib/datetime';
import { DateTimeField } from '../datetime-field';
import { ChoiceChips, PickField, TextField } from '../form-field';
import { ImageField } from '../image-field';
import { OrgPicker } from '../org-picker';
import './index.scss';

export interface StoryFormProps {
  draft: StoryDraft;
  errors: StoryErrors;
  update: (patch: Partial<StoryDraft>, touched?: string[]) => void;
  /** The grant whose organization and below the story may belong to. */
  grant: PublicGrant;
  imageDeps?: ImageUploadDeps;
}

const CATEGORIES = STORY_CATEGORIES.map((c) => ({ value: c, label: c }));

export function StoryForm({ draft, errors, update, grant, imageDeps }: StoryFormProps) {
  const [picking, setPicking] = useState(false);
  const text = (key: 'title' | 'summary' | 'workerName' | 'unitName' | 'industry' | 'year') => ({
    value: draft[key],
    error: errors[key] ?? null,
    onChange: (v: string) => update({ [key]: v }),
  });
  return (
    <View className="card story-form">
      <TextField label="标题" maxlength={40} placeholder="4–40 个字" {...text('title')} />
      <TextField
        label="摘要"
        multiline
        maxlength={120}
        placeholder="列表中显示的一两句话，10–120 个字"
        {...text('summary')}
      />
      <ImageField
        label="封面图片"
        image={draft.cover}
        error={errors.coverFileId ?? null}
        deps={imageDeps}
        onChange={(cover) => update({ cover }, ['coverFileId'])}
      />
      <TextField label="劳模姓名" maxlength={20} {...text('workerName')} />
      <TextField label="工作单位" maxlength={40} placeholder="例如：东湖社区卫生服务中心" {...text('unitName')} />
      <PickField
        label="所属组织"
        value={draft.org?.name || null}
        placeholder={`在「${grant.orgName}」及其下级中选择`}
        error={errors.orgId ?? null}
        onClick={() => setPicking(true)}
      />
      <TextField label="行业" maxlength={20} placeholder="例如：医疗卫生" {...text('industry')} />
      <ChoiceChips
        label="荣誉类别"
        options={CATEGORIES}
        value={draft.category ? [draft.category] : []}
        error={errors.category ?? null}
        onChange={([c]) => update({ category: c ?? null })}
      />
      <TextField label="年份" type="number" maxlength={4} placeholder="获评或事迹年份" {...text('year')} />
      {needsOwnConsent(draft) ? (
        <ConsentFields
          consent={draft.consent ?? EMPTY_CONSENT}
          errors={errors}
          imageDeps={imageDeps}
          onChange={(patch, field) => update({ consent: { ...(draft.consent ?? EMPTY_CONSENT), ...patch } }, [field])}
        />
      ) : null}
      {picking ? (
        <OrgPicker
          title="选择所属组织"
          root={{ id: grant.orgId, name: grant.orgName }}
          pickCurrent={() => true}
          onPick={(o) => {
            update({ org: { id: o.id, name: o.name } }, ['orgId']);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </View>
  );
}

/** 本人宣传同意: kept with the story for cadres only; readers never see it. Required before publishing. */
function ConsentFields({
  consent,
  errors,
  imageDeps,
  onChange,
}: {
  consent: ConsentDraft;
  errors: StoryErrors;
  imageDeps?: ImageUploadDeps;
  onChange: (patch: Partial<ConsentDraft>, field: string) => void;
}) {
  return (
    <View className="story-form__consent" ariaLabel="本人宣传同意">
      <Text className="story-form__consent-title">本人宣传同意（发布前必填）</Text>
      <Text className="muted">
        故事中的人物没有劳模档案，须在此登记本人签字的宣传同意。同意书仅供管理人员核查，不对读者公开。
      </Text>
      <TextField
        label="同意声明"
        multiline
        maxlength={300}
        placeholder="例如：本人同意在劳模宣传中公开我的姓名、单位、事迹和照片。"
        value={consent.statement}
        error={errors['consent.statement'] ?? null}
        onChange={(statement) => onChange({ statement }, 'consent.statement')}
      />
      <DateTimeField
        label="签署日期"
        date={consent.signedOn}
        end={todayShanghai(Date.now())}
        error={errors['consent.signedOn'] ?? null}
        onChange={({ date }) => onChange({ signedOn: date }, 'consent.signedOn')}
      />
      <ImageField
        label="签字的同意书（照片或扫描件）"
        shape="free"
        image={consent.document}
        error={errors['consent.documentFileId'] ?? null}
        deps={imageDeps}
        onChange={(document) => onChange({ document }, 'consent.documentFileId')}
      />
    </View>
  );
}
