/**
 * A confirmation sheet that records a written reason (撤销、更名、合并、退回…): the note says what
 * will happen, `children` are the action's own fields, then the reason, the form error and the
 * submit/cancel buttons. The owner keeps the state and the submission (`useForm`).
 */
import { useState, type ReactNode } from 'react';
import type { Reply } from '../../../shared/envelope';
import type { CallOptions } from '../../api/transport';
import { useForm } from '../../hooks/use-form';
import { checkReason } from '../../lib/validate';
import { Text } from '@tarojs/components';
import { TextField } from '../form-field';
import { Sheet, SheetActions, SheetError } from '../sheet';

export interface ReasonSheetProps {
  title: string;
  /** What the action does (irreversible ones say so). */
  note: string;
  reason: string;
  onReasonChange: (value: string) => void;
  reasonLabel: string;
  reasonPlaceholder: string;
  reasonError?: string | null;
  formError?: string | null;
  submitText: string;
  pendingText: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** Fields of the action, shown between the note and the reason. */
  children?: ReactNode;
}

export function ReasonSheet(props: ReasonSheetProps) {
  const { pending, onCancel } = props;
  return (
    <Sheet
      title={props.title}
      onClose={() => !pending && onCancel()}
      footer={
        <SheetActions
          submitText={props.submitText}
          pendingText={props.pendingText}
          pending={pending}
          onSubmit={props.onSubmit}
          onCancel={onCancel}
        />
      }
    >
      <Text className="sheet__note">{props.note}</Text>
      {props.children}
      <TextField
        label={props.reasonLabel}
        value={props.reason}
        multiline
        maxlength={200}
        placeholder={props.reasonPlaceholder}
        error={props.reasonError}
        onChange={props.onReasonChange}
      />
      <SheetError message={props.formError ?? null} />
    </Sheet>
  );
}

const REASON_FIELDS = ['reason'] as const;

export interface ReasonCallSheetProps<O> {
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

/**
 * An irreversible step whose only input is the reason (下线, 取消活动): the sheet keeps the reason
 * and sends it through `call`; CONFLICT lets the caller reload, as the org forms do.
 */
export function ReasonCallSheet<O>(props: ReasonCallSheetProps<O>) {
  const { call, onDone, onConflict } = props;
  const [reason, setReason] = useState('');
  const form = useForm(REASON_FIELDS, call, { reason: '原因应为 2–200 个字' });

  const onSubmit = async () => {
    const reply = await form.submit({ reason: checkReason(reason) }, () => ({ reason: reason.trim() }));
    if (reply?.ok) onDone(reply.data);
    else if (reply?.code === 'CONFLICT') onConflict?.();
  };

  const code = form.errorCode;
  const formError = form.formError && code ? (props.messages?.[code] ?? form.formError) : form.formError;
  return (
    <ReasonSheet
      title={props.title}
      note={props.note}
      reason={reason}
      onReasonChange={(v) => {
        setReason(v);
        form.touch('reason');
      }}
      reasonLabel={props.label}
      reasonPlaceholder={props.placeholder}
      reasonError={form.fieldError('reason')}
      formError={formError}
      submitText={props.submitText}
      pendingText={props.pendingText}
      pending={form.pending}
      onSubmit={() => void onSubmit()}
      onCancel={props.onCancel}
    />
  );
}
