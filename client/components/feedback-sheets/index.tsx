/**
 * The handling cadre's dialogs for one item: 分派 (to myself or a colleague whose grant reaches it)
 * and 回复 / 办结 (a text the sender reads; 办结 is final and says so). Each acts on the version the
 * page holds; a CONFLICT is shown and the page reloads the list (`onConflict`).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { FEEDBACK_LIMITS } from '../../../shared/actions/feedback.schema';
import { feedback, type AdminFeedback } from '../../api/feedback';
import { useForm } from '../../hooks/use-form';
import { useRequest } from '../../hooks/use-request';
import { useSubmit } from '../../hooks/use-submit';
import { ErrorState } from '../error-state';
import { TextField } from '../form-field';
import { Sheet, SheetActions, SheetError } from '../sheet';
import './index.scss';

export interface FeedbackSheetProps {
  item: AdminFeedback;
  onDone: () => void;
  onConflict: () => void;
  onCancel: () => void;
}

export function AssignSheet({ item, onDone, onConflict, onCancel }: FeedbackSheetProps) {
  const people = useRequest(() => feedback.assignees({ id: item.id }), [item.id]);
  const assign = useSubmit(feedback.assign);
  const pick = async (grantId: string) => {
    const reply = await assign.run({ id: item.id, version: item.version, grantId });
    if (reply?.ok) onDone();
    else if (reply?.code === 'CONFLICT') onConflict();
  };
  return (
    <Sheet title="分派办理人" onClose={() => !assign.pending && onCancel()}>
      <Text className="sheet__note">可分派给自己，或能办理该组织事项的同事。</Text>
      {people.status === 'error' ? (
        <ErrorState compact message={people.error.message} onRetry={() => void people.reload()} />
      ) : !people.data ? (
        <Text className="muted">正在加载…</Text>
      ) : (
        people.data.items.map((p) => (
          <View key={p.grantId} className="feedback-sheet__person">
            <View className="feedback-sheet__who">
              <Text>{p.isMe ? `${p.name}（我）` : p.name}</Text>
              <Text className="muted">{p.orgName}</Text>
            </View>
            {item.assigneeName === p.name ? (
              <Text className="muted">当前办理人</Text>
            ) : (
              <View
                className="feedback-sheet__pick"
                ariaRole="button"
                ariaLabel={`分派给${p.name}`}
                onClick={() => !assign.pending && void pick(p.grantId)}
              >
                {p.isMe ? '分派给我' : '分派'}
              </View>
            )}
          </View>
        ))
      )}
      <SheetError message={assign.error?.message ?? null} />
    </Sheet>
  );
}

export function TextSheet({
  item,
  mode,
  onDone,
  onConflict,
  onCancel,
}: FeedbackSheetProps & { mode: 'reply' | 'close' }) {
  const [text, setText] = useState('');
  const form = useForm(['text'] as const, mode === 'reply' ? feedback.reply : feedback.close);
  const label = mode === 'reply' ? '回复内容' : '办结说明';
  const submit = async () => {
    const n = [...text.trim()].length;
    const check = n < FEEDBACK_LIMITS.reply.min ? `请填写${label}（至少 ${FEEDBACK_LIMITS.reply.min} 个字）` : null;
    const reply = await form.submit({ text: check }, () => ({ id: item.id, version: item.version, text: text.trim() }));
    if (reply?.ok) onDone();
    else if (reply && !reply.ok && reply.code === 'CONFLICT') onConflict();
  };
  return (
    <Sheet
      title={mode === 'reply' ? '回复' : '办结'}
      onClose={() => !form.pending && onCancel()}
      footer={
        <SheetActions
          submitText={mode === 'reply' ? '发送回复' : '确认办结'}
          pendingText={mode === 'reply' ? '正在发送…' : '正在办结…'}
          pending={form.pending}
          onSubmit={() => void submit()}
          onCancel={onCancel}
        />
      }
    >
      <Text className="sheet__note">
        {mode === 'reply'
          ? '回复会显示在反馈人的「我的反馈」中。'
          : '办结后不能再回复或分派，办结说明会作为最后一条答复显示给反馈人。此操作不可撤销。'}
      </Text>
      <TextField
        label={label}
        value={text}
        multiline
        maxlength={FEEDBACK_LIMITS.reply.max}
        error={form.fieldError('text')}
        onChange={(v) => {
          setText(v);
          form.touch('text');
        }}
      />
      <SheetError message={form.formError} />
    </Sheet>
  );
}
