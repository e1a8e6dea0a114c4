/**
 * Every field of the nomination form (推荐审批表) with its error under it: the nominee, the flags and
 * consultation categories, prior honours, the title sought, the deeds with length counters (the
 * round's limits), the signed consent to publication and the attachments, and the ID number (typed
 * by the cadre, sent once, shown masked after).
 */
import { Button, Switch, Text, View } from '@tarojs/components';
import type { RoundView } from '../../../shared/actions/nomination.schema';
import {
  CATEGORY_OPTIONS,
  EDUCATION_OPTIONS,
  FLAG_OPTIONS,
  GENDER_OPTIONS,
  HONOR_LEVEL_OPTIONS,
  POLITICAL_OPTIONS,
  type FormDraft,
  type FormErrors,
  type HonorDraft,
} from '../../lib/nomination';
import { DateTimeField } from '../datetime-field';
import { DocumentField } from '../document-field';
import { ChoiceChips, Field, TextField } from '../form-field';
import './index.scss';

export interface NominationFormProps {
  draft: FormDraft;
  errors: FormErrors;
  round: RoundView;
  update: (patch: Partial<FormDraft>, touched?: string[]) => void;
  idNumberMasked: string | null;
  /** The number being typed; null: not being entered. */
  idNumber: string | null;
  onIdNumber: (value: string | null) => void;
}

const count = (s: string) => [...s].length;

export function NominationFormFields(props: NominationFormProps) {
  const { draft, errors, round, update, idNumberMasked, idNumber, onIdNumber } = props;
  const limits = round.config.deedLimits;
  const text = (key: 'name' | 'ethnicity' | 'unitName' | 'position' | 'professionalTitle' | 'industry') => ({
    value: draft[key],
    error: errors[key] ?? null,
    onChange: (v: string) => update({ [key]: v }),
  });
  const one = <V extends string>(key: 'gender' | 'politicalStatus' | 'education', value: V | '') => ({
    value: value ? [value] : [],
    error: errors[key] ?? null,
    onChange: (v: V[]) => update({ [key]: v[0] ?? '' }),
  });
  const honors = draft.priorHonors;
  const setHonor = (i: number, patch: Partial<HonorDraft>) =>
    update({ priorHonors: honors.map((h, j) => (j === i ? { ...h, ...patch } : h)) }, [
      ...Object.keys(patch).map((k) => `priorHonors.${i}.${k}`),
      'priorHonors',
    ]);
  const consent = draft.consent;
  const setConsent = (patch: Partial<FormDraft['consent']>) =>
    update(
      { consent: { ...consent, ...patch } },
      Object.keys(patch).map((k) => (k === 'file' ? 'consent.fileId' : `consent.${k}`)),
    );
  const deeds = (key: 'shortDeeds' | 'longDeeds', label: string, max: number, hint: string) => (
    <View className="nomination-form__deeds">
      <TextField
        label={label}
        multiline
        maxlength={max}
        placeholder={hint}
        value={draft[key]}
        error={errors[key] ?? null}
        onChange={(v) => update({ [key]: v })}
      />
      <Text className={count(draft[key]) > max ? 'nomination-form__over' : 'muted'}>
        {`${label}：已写 ${count(draft[key])} 字，本届上限 ${max} 字`}
      </Text>
    </View>
  );

  return (
    <View className="nomination-form">
      <View className="section-title">被推荐人</View>
      <View className="card nomination-form__card">
        <TextField label="姓名" maxlength={20} {...text('name')} />
        <ChoiceChips label="性别" options={GENDER_OPTIONS} {...one('gender', draft.gender)} />
        <TextField label="民族" maxlength={10} placeholder="例如：汉族" {...text('ethnicity')} />
        <DateTimeField
          label="出生日期"
          date={draft.birthDate}
          end="2015-12-31"
          error={errors.birthDate ?? null}
          onChange={(v) => update({ birthDate: v.date })}
        />
        <Field label="身份证号" error={errors.idNumber ?? null}>
          {idNumber === null ? (
            <View className="nomination-form__id">
              <Text className={idNumberMasked ? '' : 'muted'}>{idNumberMasked ?? '未录入'}</Text>
              <Button className="btn nomination-form__id-btn" onClick={() => onIdNumber('')}>
                {idNumberMasked ? '重新录入' : '录入'}
              </Button>
            </View>
          ) : null}
        </Field>
        {idNumber !== null ? (
          <View className="nomination-form__id-entry">
            <TextField
              label="输入身份证号"
              maxlength={18}
              placeholder="18 位，保存后只显示部分号码"
              value={idNumber}
              onChange={(v) => onIdNumber(v)}
            />
            <View className="nomination-form__link" ariaRole="button" onClick={() => onIdNumber(null)}>
              取消录入
            </View>
          </View>
        ) : null}
        <ChoiceChips label="政治面貌" options={POLITICAL_OPTIONS} {...one('politicalStatus', draft.politicalStatus)} />
        <ChoiceChips label="学历" options={EDUCATION_OPTIONS} {...one('education', draft.education)} />
        <TextField label="工作单位" maxlength={60} {...text('unitName')} />
        <TextField label="职务" maxlength={40} {...text('position')} />
        <TextField label="职称或技能等级" maxlength={40} placeholder="例如：高级技师" {...text('professionalTitle')} />
        <TextField label="行业" maxlength={20} placeholder="例如：交通运输" {...text('industry')} />
      </View>

      <View className="section-title">身份类别与征求意见</View>
      <View className="card nomination-form__card">
        <ChoiceChips
          label="身份类别（可多选）"
          multiple
          options={FLAG_OPTIONS}
          value={draft.flags}
          error={errors.flags ?? null}
          onChange={(flags) => update({ flags })}
        />
        <ChoiceChips
          label="需征求部门意见的类别（可多选）"
          hint="企业负责人、党政领导干部等须征求相关部门意见；不属于的不选。"
          multiple
          options={CATEGORY_OPTIONS}
          value={draft.consultationCategories}
          error={errors.consultationCategories ?? null}
          onChange={(consultationCategories) => update({ consultationCategories })}
        />
      </View>

      <View className="section-title">推荐称号与事迹</View>
      <View className="card nomination-form__card">
        <ChoiceChips
          label="推荐荣誉称号"
          options={round.config.titles.map((t) => ({ value: t.name, label: t.name }))}
          value={draft.titleSought ? [draft.titleSought] : []}
          error={errors.titleSought ?? null}
          onChange={(v) => update({ titleSought: v[0] ?? '' })}
        />
        {deeds('shortDeeds', '简要事迹', limits.shortMax, '在公示中展示，概括主要事迹')}
        {deeds('longDeeds', '详细事迹', limits.longMax, '存入推荐档案')}
      </View>

      <View className="section-title">荣誉基础</View>
      <View className="card nomination-form__card">
        {honors.length === 0 ? <Text className="muted">尚未填写曾获荣誉</Text> : null}
        {honors.map((h, i) => (
          <View key={i} className="nomination-form__honor" ariaRole="group" ariaLabel={`第 ${i + 1} 项荣誉`}>
            <TextField
              label={`荣誉 ${i + 1} 名称`}
              maxlength={40}
              value={h.title}
              error={errors[`priorHonors.${i}.title`] ?? null}
              onChange={(v) => setHonor(i, { title: v })}
            />
            <ChoiceChips
              label={`荣誉 ${i + 1} 级别`}
              options={HONOR_LEVEL_OPTIONS}
              value={h.level ? [h.level] : []}
              error={errors[`priorHonors.${i}.level`] ?? null}
              onChange={(v) => setHonor(i, { level: v[0] ?? '' })}
            />
            <TextField
              label={`荣誉 ${i + 1} 年份`}
              type="number"
              maxlength={4}
              value={h.year}
              error={errors[`priorHonors.${i}.year`] ?? null}
              onChange={(v) => setHonor(i, { year: v })}
            />
            <TextField
              label={`荣誉 ${i + 1} 授予单位`}
              maxlength={40}
              value={h.issuer}
              error={errors[`priorHonors.${i}.issuer`] ?? null}
              onChange={(v) => setHonor(i, { issuer: v })}
            />
            <View
              className="nomination-form__link"
              ariaRole="button"
              onClick={() => update({ priorHonors: honors.filter((_, j) => j !== i) }, ['priorHonors'])}
            >
              删除这项荣誉
            </View>
          </View>
        ))}
        {errors.priorHonors ? <Text className="nomination-form__over">{errors.priorHonors}</Text> : null}
        {honors.length < 20 ? (
          <Button
            className="btn"
            onClick={() =>
              update({ priorHonors: [...honors, { title: '', level: '', year: '', issuer: '' }] }, ['priorHonors'])
            }
          >
            添加一项荣誉
          </Button>
        ) : null}
      </View>

      <View className="section-title">本人同意公开</View>
      <View className="card nomination-form__card">
        <Text className="muted">被推荐人书面同意后方可公示；故事宣传和照片另行征得同意。</Text>
        {(
          [
            ['notice', '同意在公示中公开姓名、单位、职务、推荐称号和简要事迹'],
            ['stories', '同意以其事迹撰写劳模故事'],
            ['photo', '同意在公示和故事中使用本人照片'],
          ] as const
        ).map(([key, label]) => (
          <View key={key} className="nomination-form__switch">
            <Text className="nomination-form__switch-label">{label}</Text>
            <Switch
              checked={consent[key]}
              ariaLabel={label}
              color="#C8102E"
              onChange={(e) => setConsent({ [key]: e.detail.value })}
            />
          </View>
        ))}
        <TextField
          label="签字人"
          maxlength={20}
          value={consent.signer}
          error={errors['consent.signer'] ?? null}
          onChange={(v) => setConsent({ signer: v })}
        />
        <DateTimeField
          label="签署日期"
          date={consent.date}
          error={errors['consent.date'] ?? null}
          onChange={(v) => setConsent({ date: v.date })}
        />
        <DocumentField
          label="同意书扫描件"
          value={consent.file}
          error={errors['consent.fileId'] ?? null}
          onChange={(file) => setConsent({ file })}
        />
        {errors.consent ? <Text className="nomination-form__over">{errors.consent}</Text> : null}
      </View>

      <View className="section-title">附件</View>
      <View className="card nomination-form__card">
        {draft.attachments.map((a, i) => (
          <View key={a.fileId} className="nomination-form__attachment">
            <TextField
              label={`附件 ${i + 1} 名称`}
              maxlength={60}
              value={a.name}
              error={errors[`attachments.${i}.name`] ?? null}
              onChange={(v) =>
                update({ attachments: draft.attachments.map((x, j) => (j === i ? { ...x, name: v } : x)) }, [
                  `attachments.${i}`,
                ])
              }
            />
            <View
              className="nomination-form__link"
              ariaRole="button"
              onClick={() => update({ attachments: draft.attachments.filter((_, j) => j !== i) }, ['attachments'])}
            >
              删除附件 {i + 1}
            </View>
          </View>
        ))}
        {draft.attachments.length < 20 ? (
          <DocumentField
            label="添加附件"
            value={null}
            error={errors.attachments ?? null}
            onChange={(file) =>
              update({ attachments: [...draft.attachments, { ...file, name: [...file.name].slice(0, 60).join('') }] }, [
                'attachments',
              ])
            }
          />
        ) : null}
      </View>
    </View>
  );
}
