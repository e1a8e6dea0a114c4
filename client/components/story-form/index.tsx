/**
 * The story's own fields: title, summary, cover, the model worker, unit and organization (browsed
 * below my grant's organization), industry, honour and year. Errors sit under their fields.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { STORY_CATEGORIES } from '../../../shared/actions/content.schema';
import type { PublicGrant } from '../../api/identity';
import type { ImageUploadDeps } from '../../hooks/use-image-upload';
import type { StoryDraft, StoryErrors } from '../../lib/story-draft';
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
