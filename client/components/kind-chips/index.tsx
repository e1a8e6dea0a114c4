/** One-choice filter chips in a row: 全部, then each option; the chosen one is marked. */
import { View } from '@tarojs/components';
import './index.scss';

export interface KindChipsProps<V extends string> {
  label: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  /** `null`: 全部. */
  value: V | null;
  onChange: (value: V | null) => void;
}

export function KindChips<V extends string>({ label, options, value, onChange }: KindChipsProps<V>) {
  const all: { value: V | null; label: string } = { value: null, label: '全部' };
  return (
    <View className="kind-chips" ariaRole="radiogroup" ariaLabel={label}>
      {[all, ...options].map((o) => {
        const on = o.value === value;
        return (
          <View
            key={o.value ?? 'all'}
            className={on ? 'kind-chips__chip kind-chips__chip--on' : 'kind-chips__chip'}
            ariaRole="radio"
            aria-checked={on}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </View>
        );
      })}
    </View>
  );
}
