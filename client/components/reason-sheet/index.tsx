/**
 * An irreversible step (下线, 取消活动): says what happens, asks for the reason, and is confirmed
 * here. The caller's `call` sends it; CONFLICT lets the caller reload, as the org forms do.
 */
import { useState } from 'react';
import { Text } from '@tarojs/components';
import type { Reply } from '../../../shared/envelope';
import type { CallOptions } from '../../api/transport';
import { useForm } from '../../hooks/use-form';
import { checkReason } from '../../lib/validate';
import { TextField } from '../form-field';
import { Sheet, SheetActions, SheetError } from '../sheet';

const FIELDS = ['reason'] as const;

export interface ReasonSheetProps<O> {
  title: string;
  note: string;
  label: string;
  placeholder: string;
  submitText: string;
  pendingText: string;
  call: (input: { reason: string }, options: CallOptions) => Promise<Reply<O>>;
  onDone: (data: O) => void;
  onCancel: () => void;
  /** The record changed meanwhile: the caller reloads it (the sheet stays, for a retry). */
  onConflict?: () => void;
  /** Messages for refusals this step can meet, by code. */
  messages?: Partial<Record<string, string>>;
}

export function ReasonSheet<O>(props: ReasonSheetProps<O>) {
  const { title, note, label, placeholder, submitText, pendingText, call, onDone, onCancel, onConflict } = props;
  const [reason, setReason] = useState('');
  const form = useForm(FIELDS, call, { reason: '原因应为 2–200 个字' });

  const onSubmit = async () => {
    const reply = await form.submit({ reason: checkReason(reason) }, () => ({ reason: reason.trim() }));
    if (reply?.ok) onDone(reply.data);
    else if (reply?.code === 'CONFLICT') onConflict?.();
  };

  const code = form.errorCode;
  const formError = form.formError && code ? (props.messages?.[code] ?? form.formError) : form.formError;
  return (
    <Sheet
      title={title}
      onClose={() => !form.pending && onCancel()}
      footer={
        <SheetActions
          submitText={submitText}
          pendingText={pendingText}
          pending={form.pending}
          onSubmit={() => void onSubmit()}
          onCancel={onCancel}
        />
      }
    >
      <Text className="sheet__note">{note}</Text>
      <TextField
        label={label}
        value={reason}
        multiline
        maxlength={200}
        placeholder={placeholder}
        error={form.fieldError('reason')}
        onChange={(v) => {
          setReason(v);
          form.touch('reason');
        }}
      />
      <SheetError message={formError} />
    </Sheet>
  );
}
