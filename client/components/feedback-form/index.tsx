/**
 * 意见反馈 / 推荐线索: the kind, the organization it concerns (the district by default, or one picked
 * from the tree), the text (with a counter), an optional contact, what happens to the personal data,
 * and the submit button (progress, one press). Reports the sent item to the page.
 */
import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import {
  FEEDBACK_KIND_ZH,
  FEEDBACK_LIMITS,
  FEEDBACK_KINDS,
  type FeedbackKind,
} from '../../../shared/actions/feedback.schema';
import type { Reply } from '../../../shared/envelope';
import type { Org } from '../../../shared/org';
import { feedback } from '../../api/feedback';
import type { CallOptions } from '../../api/transport';
import { useForm } from '../../hooks/use-form';
import { checkFeedback, type FeedbackDraft, type FeedbackField } from '../../lib/feedback';
import { ChoiceChips, PickField, TextField } from '../form-field';
import { OrgPicker } from '../org-picker';
import { PrivacyNote } from '../privacy-note';
import { SheetError } from '../sheet';
import './index.scss';

const FIELDS: readonly FeedbackField[] = ['content', 'name', 'unit', 'reason', 'contact', 'orgId'];
const KINDS = FEEDBACK_KINDS.map((k) => ({ value: k, label: FEEDBACK_KIND_ZH[k] }));

type SendInput = Parameters<typeof feedback.send>[0];
type Sent = { id: string; orgName: string };

/** A lead's issues come back as `lead.name`…: put them under their own fields. */
async function send(input: SendInput, options: CallOptions): Promise<Reply<Sent>> {
  const reply = await feedback.send(input, options);
  if (reply.ok || !reply.issues) return reply;
  return { ...reply, issues: reply.issues.map((i) => (i.path[0] === 'lead' ? { ...i, path: i.path.slice(1) } : i)) };
}

export interface FeedbackFormProps {
  initialKind: FeedbackKind;
  district: Org;
  onSent: (sent: Sent & { kind: FeedbackKind }) => void;
}

export function FeedbackForm({ initialKind, district, onSent }: FeedbackFormProps) {
  const [draft, setDraft] = useState<FeedbackDraft>({
    kind: initialKind,
    content: '',
    name: '',
    unit: '',
    reason: '',
    contact: '',
  });
  const [org, setOrg] = useState<Org | null>(null);
  const [picking, setPicking] = useState(false);
  const form = useForm(FIELDS, send);
  const set = (field: keyof FeedbackDraft & FeedbackField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    form.touch(field);
  };
  const lead = draft.kind === 'lead';

  const submit = async () => {
    const contact = draft.contact.trim();
    const reply = await form.submit(checkFeedback(draft), () => ({
      kind: draft.kind,
      ...(org ? { orgId: org.id } : {}),
      ...(lead
        ? { lead: { name: draft.name.trim(), unit: draft.unit.trim(), reason: draft.reason.trim() } }
        : { content: draft.content.trim() }),
      ...(contact ? { contact } : {}),
    }));
    if (reply?.ok) onSent({ ...reply.data, kind: draft.kind });
  };

  return (
    <View className="feedback-form">
      <View className="card feedback-form__card">
        <ChoiceChips
          label="类型"
          options={KINDS}
          value={[draft.kind]}
          onChange={([k]) => k && setDraft((d) => ({ ...d, kind: k }))}
          hint={
            lead ? '推荐身边爱岗敬业、成绩突出的职工，供工会充实优秀职工信息库。' : '对劳模工作或本小程序的意见和建议。'
          }
        />
        <PickField
          label="涉及的组织"
          value={org?.name ?? `${district.name}（默认）`}
          placeholder="请选择"
          description={org ? undefined : '不确定时可不选，由区总工会转办'}
          error={form.fieldError('orgId')}
          onClick={() => setPicking(true)}
        />
        {lead ? (
          <>
            <TextField
              label="被推荐人姓名"
              value={draft.name}
              maxlength={FEEDBACK_LIMITS.leadName.max}
              error={form.fieldError('name')}
              onChange={set('name')}
            />
            <TextField
              label="工作单位"
              value={draft.unit}
              maxlength={FEEDBACK_LIMITS.leadUnit.max}
              error={form.fieldError('unit')}
              onChange={set('unit')}
            />
            <TextField
              label="推荐理由"
              value={draft.reason}
              multiline
              maxlength={FEEDBACK_LIMITS.leadReason.max}
              placeholder="主要事迹、获得的荣誉、同事和群众的评价"
              error={form.fieldError('reason')}
              onChange={set('reason')}
            />
          </>
        ) : (
          <TextField
            label="反馈内容"
            value={draft.content}
            multiline
            maxlength={FEEDBACK_LIMITS.content.max}
            placeholder="请写下您的意见或建议"
            error={form.fieldError('content')}
            onChange={set('content')}
          />
        )}
        <TextField
          label="联系方式（选填）"
          value={draft.contact}
          maxlength={FEEDBACK_LIMITS.contact.max}
          placeholder="手机号或其他联系方式，仅办理人员可见"
          error={form.fieldError('contact')}
          onChange={set('contact')}
        />
      </View>
      <PrivacyNote rows={['feedbackContent', 'feedbackContact']} />
      <SheetError message={form.formError} />
      <Button
        className={form.pending ? 'btn btn--primary btn--block btn--busy' : 'btn btn--primary btn--block'}
        disabled={form.pending}
        onClick={() => void submit()}
      >
        {form.pending ? '正在提交…' : '提交'}
      </Button>
      {picking ? (
        <OrgPicker
          title="选择涉及的组织"
          root={{ id: district.id, name: district.name, org: district }}
          pickCurrent={() => true}
          onPick={(o) => {
            setOrg(o.id === district.id ? null : o);
            form.touch('orgId');
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </View>
  );
}
