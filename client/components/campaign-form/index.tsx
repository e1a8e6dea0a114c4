/** The campaign's theme, dates, banner and the six phrases of the model worker spirit. */
import { Text, View } from '@tarojs/components';
import type { CampaignEditor } from '../../hooks/use-campaign-editor';
import { DateTimeField } from '../datetime-field';
import { Field, TextField } from '../form-field';
import { ImageField } from '../image-field';
import './index.scss';

export function CampaignForm({ editor }: { editor: CampaignEditor }) {
  const { values: v, set, form } = editor;
  if (!v) return null;
  return (
    <View className="card campaign-form">
      <TextField
        label="主题"
        value={v.theme}
        maxlength={40}
        placeholder="例如：2027年劳模宣传月：劳动最光荣"
        error={form.fieldError('theme')}
        onChange={(theme) => set({ theme }, 'theme')}
      />
      <DateTimeField
        label="开始日期"
        date={v.startDate}
        error={form.fieldError('startsAt')}
        onChange={({ date }) => set({ startDate: date }, 'startsAt')}
      />
      <DateTimeField
        label="结束日期（含当天）"
        date={v.endDate}
        error={form.fieldError('endsAt')}
        onChange={({ date }) => set({ endDate: date }, 'endsAt')}
      />
      <Text className="muted campaign-form__hint">宣传月期间，首页自动切换为宣传月样式。</Text>
      <ImageField
        label="横幅图片"
        image={v.banner}
        error={form.fieldError('bannerFileId')}
        onChange={(banner) => set({ banner }, 'bannerFileId')}
      />
      <Field label="劳模精神（六句，每句 2–8 个字）" error={form.fieldError('spirit')}>
        <View className="campaign-form__spirit">
          {v.spirit.map((phrase, i) => (
            <View key={i} className="campaign-form__phrase">
              <TextField
                label={`第 ${i + 1} 句`}
                value={phrase}
                maxlength={8}
                onChange={(p) => set({ spirit: v.spirit.map((x, j) => (j === i ? p : x)) }, 'spirit')}
              />
            </View>
          ))}
        </View>
      </Field>
    </View>
  );
}
