/** 日程 of the campaign: one row per day's highlight (date and what happens), added and removed. */
import { Button, Text, View } from '@tarojs/components';
import { MAX_SCHEDULE, type CampaignEditor } from '../../hooks/use-campaign-editor';
import { newKey } from '../../lib/story-draft';
import { DateTimeField } from '../datetime-field';
import { TextField } from '../form-field';
import './index.scss';

export function ScheduleEditor({ editor }: { editor: CampaignEditor }) {
  const { values, set, form } = editor;
  if (!values) return null;
  const rows = values.schedule;
  const change = (schedule: typeof rows) => set({ schedule }, 'schedule');
  const edit = (i: number, patch: Partial<(typeof rows)[number]>) =>
    change(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const error = form.fieldError('schedule');
  return (
    <View className="card schedule">
      {rows.length === 0 ? (
        <Text className="muted schedule__empty">还没有日程，可以添加启动仪式、进校园等安排。</Text>
      ) : null}
      {rows.map((r, i) => (
        <View key={r.key} className="schedule__row">
          <View className="schedule__head">
            <Text className="schedule__no">{`第 ${i + 1} 行`}</Text>
            <View
              className="schedule__remove"
              ariaRole="button"
              ariaLabel={`删除第 ${i + 1} 行日程`}
              onClick={() => change(rows.filter((_, j) => j !== i))}
            >
              删除
            </View>
          </View>
          <DateTimeField
            label="日期"
            date={r.date}
            start={values.startDate}
            end={values.endDate}
            onChange={({ date }) => edit(i, { date })}
          />
          <TextField
            label="内容"
            accessibleLabel={`第 ${i + 1} 行日程内容`}
            value={r.title}
            maxlength={40}
            onChange={(title) => edit(i, { title })}
          />
        </View>
      ))}
      {error ? (
        <View className="field__error" ariaRole="alert">
          {error}
        </View>
      ) : null}
      {rows.length < MAX_SCHEDULE ? (
        <Button
          className="btn schedule__add"
          onClick={() =>
            change([...rows, { key: newKey(), date: rows[rows.length - 1]?.date ?? values.startDate, title: '' }])
          }
        >
          添加一行日程
        </Button>
      ) : null}
    </View>
  );
}
