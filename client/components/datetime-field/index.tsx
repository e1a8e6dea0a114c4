/** A date (and optionally a time) chosen with the platform's pickers, Asia/Shanghai wall-clock values. */
import { Picker, Text, View } from '@tarojs/components';
import { dateZh } from '../../lib/datetime';
import { Field } from '../form-field';
import './index.scss';

export interface DateTimeFieldProps {
  label: string;
  date: string;
  /** Omitted: a date only. */
  time?: string;
  onChange: (value: { date: string; time: string }) => void;
  error?: string | null;
  start?: string;
  end?: string;
}

export function DateTimeField({
  label,
  date,
  time,
  onChange,
  error,
  start = '1950-01-01',
  end = '2100-12-31',
}: DateTimeFieldProps) {
  const box = error ? 'pick-field field__input--error datetime-field__part' : 'pick-field datetime-field__part';
  return (
    <Field label={label} error={error}>
      <View className="datetime-field">
        <Picker
          mode="date"
          value={date}
          start={start}
          end={end}
          onChange={(e) => onChange({ date: String(e.detail.value), time: time ?? '00:00' })}
        >
          <View className={box} ariaRole="button" ariaLabel={`${label}日期`}>
            <Text className="pick-field__value">{dateZh(date) || '选择日期'}</Text>
          </View>
        </Picker>
        {time !== undefined ? (
          <Picker mode="time" value={time} onChange={(e) => onChange({ date, time: String(e.detail.value) })}>
            <View className={`${box} datetime-field__time`} ariaRole="button" ariaLabel={`${label}时间`}>
              <Text className="pick-field__value">{time}</Text>
            </View>
          </Picker>
        ) : null}
      </View>
    </Field>
  );
}
