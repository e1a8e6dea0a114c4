/** Form fields with a label and their error under them: text (one line or several) and choice chips. */
import type { ReactNode } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import './index.scss';

export function Field({ label, error, children }: { label: string; error?: string | null; children: ReactNode }) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {children}
      {error ? (
        <View className="field__error" ariaRole="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  placeholder?: string;
  maxlength?: number;
  /** Several lines (a reason), with a character count. */
  multiline?: boolean;
  /** The keyboard: `number` for whole numbers, `digit` for decimals (one line only). */
  type?: 'text' | 'number' | 'digit';
  /**
   * What a screen reader calls the field, when the visible label is not unique on the page. (Not
   * `ariaLabel`: Taro's compiler turns that prop into `aria-label` on every element, components too.)
   */
  accessibleLabel?: string;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onChange, error, placeholder, maxlength = 140, multiline, type = 'text' } = props;
  const ariaLabel = props.accessibleLabel ?? label;
  const classes = ['field__input', multiline ? 'field__textarea' : '', error ? 'field__input--error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Field label={label} error={error}>
      {multiline ? (
        <Textarea
          className={classes}
          value={value}
          placeholder={placeholder}
          maxlength={maxlength}
          ariaLabel={ariaLabel}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className={classes}
          type={type}
          value={value}
          placeholder={placeholder}
          maxlength={maxlength}
          ariaLabel={ariaLabel}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {multiline ? <Text className="field__count">{`${[...value].length}/${maxlength}`}</Text> : null}
    </Field>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

export interface ChoiceChipsProps<V extends string> {
  label: string;
  options: readonly Choice<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  /** Several may be chosen (checkboxes); otherwise exactly one (radio buttons). */
  multiple?: boolean;
  error?: string | null;
  hint?: string;
}

export function ChoiceChips<V extends string>(props: ChoiceChipsProps<V>) {
  const { label, options, value, onChange, multiple = false, error, hint } = props;
  const toggle = (v: V) => {
    if (!multiple) onChange([v]);
    else onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  };
  return (
    <Field label={label} error={error}>
      {hint ? <Text className="muted field__hint">{hint}</Text> : null}
      <View className="chips" ariaRole={multiple ? 'group' : 'radiogroup'} ariaLabel={label}>
        {options.map((o) => {
          const on = value.includes(o.value);
          return (
            <View
              key={o.value}
              className={on ? 'chip chip--on' : 'chip'}
              ariaRole={multiple ? 'checkbox' : 'radio'}
              aria-checked={on}
              ariaLabel={o.label}
              onClick={() => toggle(o.value)}
            >
              {o.label}
            </View>
          );
        })}
      </View>
    </Field>
  );
}

export interface PickFieldProps {
  label: string;
  /** The chosen value; `placeholder` shows until there is one. */
  value: string | null;
  placeholder: string;
  description?: string;
  error?: string | null;
  onClick: () => void;
}

/** A value chosen elsewhere (a picker dialog): shows the choice, opens the picker when tapped. */
export function PickField({ label, value, placeholder, description, error, onClick }: PickFieldProps) {
  return (
    <Field label={label} error={error}>
      <View
        className={error ? 'pick-field field__input--error' : 'pick-field'}
        ariaRole="button"
        ariaLabel={label}
        onClick={onClick}
      >
        <View className="pick-field__text">
          <Text className={value ? 'pick-field__value' : 'pick-field__placeholder'}>{value ?? placeholder}</Text>
          {value && description ? <Text className="muted">{description}</Text> : null}
        </View>
        <Text className="pick-field__arrow">›</Text>
      </View>
    </Field>
  );
}
