/** The round editor's building blocks: a collapsible section, a labelled switch, a small text button. */
import type { ReactNode } from 'react';
import { Switch, Text, View } from '@tarojs/components';
import type { RoundDraft } from '../../lib/round-draft';

/** What every section of the editor receives. */
export interface SectionProps {
  draft: RoundDraft;
  set: (patch: Partial<RoundDraft>) => void;
  /** The message to show under the field `key`, or null (issues show once the cadre tried to save). */
  error: (key: string) => string | null;
  /** The round's rules are frozen (the first submission): the stage list and target level are locked. */
  frozen: boolean;
}

export interface FormSectionProps {
  title: string;
  /** One line of what the section holds now. */
  summary: string;
  /** How many fields of the section need fixing (shown on the head). */
  errors: number;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

export function FormSection({ title, summary, errors, open, onToggle, children }: FormSectionProps) {
  const state = errors > 0 ? `，${errors} 处需修改` : '';
  return (
    <View className={open ? 'round-section round-section--open' : 'round-section'}>
      <View
        className="round-section__head"
        ariaRole="button"
        aria-expanded={open}
        ariaLabel={`${title}，${summary}${state}`}
        onClick={onToggle}
      >
        <View className="round-section__text">
          <Text className="round-section__title">{title}</Text>
          <Text className="muted round-section__summary">{summary}</Text>
        </View>
        {errors > 0 ? <Text className="round-section__badge">{errors} 处需修改</Text> : null}
        <Text className="round-section__arrow">{open ? '收起' : '展开'}</Text>
      </View>
      {open ? <View className="round-section__body">{children}</View> : null}
    </View>
  );
}

export function SwitchRow(props: { label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <View className="round-form__switch">
      <View className="round-form__switch-text">
        <Text>{props.label}</Text>
        {props.hint ? <Text className="muted">{props.hint}</Text> : null}
      </View>
      <Switch
        checked={props.checked}
        ariaLabel={props.label}
        color="#C8102E"
        onChange={(e) => props.onChange(e.detail.value)}
      />
    </View>
  );
}

/** A small text action inside a section (删除, 上移…); disabled ones say so to screen readers. */
export function LinkButton(props: { label: string; text?: string; disabled?: boolean; onClick: () => void }) {
  const { label, text, disabled = false, onClick } = props;
  return (
    <View
      className={disabled ? 'round-form__link round-form__link--off' : 'round-form__link'}
      ariaRole="button"
      ariaLabel={label}
      aria-disabled={disabled}
      onClick={() => !disabled && onClick()}
    >
      {text ?? label}
    </View>
  );
}

export function FieldError({ message }: { message: string | null }) {
  return message ? (
    <View className="round-form__error" ariaRole="alert">
      {message}
    </View>
  ) : null;
}
