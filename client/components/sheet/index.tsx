/**
 * A half-screen dialog (WeUI): a dimmed mask, a panel from the bottom with a title, a scrolling
 * body and an optional footer. Used for forms, pickers and confirmations.
 */
import type { ReactNode } from 'react';
import { Button, ScrollView, Text, View } from '@tarojs/components';
import './index.scss';

export interface SheetProps {
  title: string;
  /** Closing is the caller's call: it may refuse while a submission is pending. */
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** The body scrolled to its end (paging in a picker). */
  onScrollToLower?: () => void;
  className?: string;
}

export function Sheet({ title, onClose, children, footer, onScrollToLower, className }: SheetProps) {
  return (
    <View className={['sheet-root', className ?? ''].filter(Boolean).join(' ')}>
      {/* The mask keeps the page behind from scrolling (weapp); the panel must not: it holds a scroll-view. */}
      <View className="sheet-mask" catchMove onClick={onClose} />
      <View className="sheet" ariaRole="dialog" ariaLabel={title}>
        <View className="sheet__head">
          <Text className="sheet__title">{title}</Text>
          <View className="sheet__close" ariaRole="button" ariaLabel="关闭" onClick={onClose}>
            ×
          </View>
        </View>
        <ScrollView className="sheet__body" scrollY onScrollToLower={onScrollToLower}>
          {children}
        </ScrollView>
        {footer ? <View className="sheet__foot">{footer}</View> : null}
      </View>
    </View>
  );
}

export interface SheetActionsProps {
  submitText: string;
  pendingText: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/** 取消 and the submit button, which shows progress and cannot be pressed twice. */
export function SheetActions({ submitText, pendingText, pending, onSubmit, onCancel }: SheetActionsProps) {
  return (
    <View className="sheet-actions">
      <Button className="btn sheet-actions__cancel" disabled={pending} onClick={onCancel}>
        取消
      </Button>
      <Button
        className={
          pending ? 'btn btn--primary sheet-actions__submit btn--busy' : 'btn btn--primary sheet-actions__submit'
        }
        disabled={pending}
        onClick={onSubmit}
      >
        {pending ? pendingText : submitText}
      </Button>
    </View>
  );
}

/** An error that belongs to no field, at the foot of the dialog's form. */
export function SheetError({ message }: { message: string | null }) {
  return message ? (
    <View className="sheet__error" ariaRole="alert">
      {message}
    </View>
  ) : null;
}
