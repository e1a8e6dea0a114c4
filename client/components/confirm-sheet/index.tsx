/** A half-screen confirmation for a step that needs no reason (publishing): what happens, then 确认. */
import { Text } from '@tarojs/components';
import { Sheet, SheetActions, SheetError } from '../sheet';

export interface ConfirmSheetProps {
  title: string;
  /** What will happen, one paragraph each. */
  notes: string[];
  submitText: string;
  pendingText: string;
  pending: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmSheet(props: ConfirmSheetProps) {
  const { title, notes, submitText, pendingText, pending, error = null, onConfirm, onCancel } = props;
  return (
    <Sheet
      title={title}
      className="confirm-sheet"
      onClose={() => !pending && onCancel()}
      footer={
        <SheetActions
          submitText={submitText}
          pendingText={pendingText}
          pending={pending}
          onSubmit={onConfirm}
          onCancel={onCancel}
        />
      }
    >
      {notes.map((note) => (
        <Text key={note} className="sheet__note">
          {note}
        </Text>
      ))}
      <SheetError message={error} />
    </Sheet>
  );
}
