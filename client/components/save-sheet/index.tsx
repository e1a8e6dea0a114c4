/**
 * A create-or-edit form in a half-screen dialog (基地, 活动): the sheet with 保存 / 取消, closing
 * only when not saving; on success a toast and `onSaved` with the reply's data; CONFLICT (the record
 * changed meanwhile) `onConflict`, for the caller to reload. Other errors stay on the form.
 */
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import type { Reply } from '../../../shared/envelope';
import { Sheet, SheetActions } from '../sheet';

export interface SaveSheetProps<O> {
  title: string;
  className?: string;
  /** Editing an existing record (保存修改, 已保存) or creating one (`createText`, 已创建). */
  editing: boolean;
  createText: string;
  pending: boolean;
  save: () => Promise<Reply<O> | null | undefined>;
  onSaved: (data: O) => void;
  onCancel: () => void;
  onConflict: () => void;
  children: ReactNode;
}

export function SaveSheet<O>(props: SaveSheetProps<O>) {
  const { editing, pending, onCancel } = props;
  const onSubmit = async () => {
    const reply = await props.save();
    if (reply?.ok) {
      void Taro.showToast({ title: editing ? '已保存' : '已创建', icon: 'success' });
      props.onSaved(reply.data);
    } else if (reply?.code === 'CONFLICT') props.onConflict();
  };
  return (
    <Sheet
      title={props.title}
      className={props.className}
      onClose={() => !pending && onCancel()}
      footer={
        <SheetActions
          submitText={editing ? '保存修改' : props.createText}
          pendingText="正在保存…"
          pending={pending}
          onSubmit={() => void onSubmit()}
          onCancel={onCancel}
        />
      }
    >
      {props.children}
    </Sheet>
  );
}
