/**
 * A confirmation sheet that records a written reason (撤销、更名、合并、退回…): the note says what
 * will happen, `children` are the action's own fields, then the reason, the form error and the
 * submit/cancel buttons. The owner keeps the state and the submission (`useForm`).
 */
import type { ReactNode } from 'react';
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
