/**
 * 提出异议 (`?noticeId=&nominationId=`): as a person (name, phone verified through WeChat's
 * getPhoneNumber; in H5 the local runner's stub code `phone:<number>`) or a unit (name, contact,
 * phone, seal statement), or anonymously where the round allows it; facts and leads with counters;
 * up to 9 evidence pictures. After filing: the case number, and 「订阅结果通知」 (weapp) asking
 * consent for the one message on conclusion.
 */
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import {
  FACTS_MAX,
  FACTS_MIN,
  LEADS_MAX,
  LEADS_MIN,
  MAX_EVIDENCE,
  OBJECTOR_KIND_ZH,
} from '../../../../shared/actions/objection.schema';
import type { Reply } from '../../../../shared/envelope';
import { objection } from '../../../api/objection';
import type { CallOptions } from '../../../api/transport';
import { EmptyState } from '../../../components/empty-state';
import { ChoiceChips, Field, TextField } from '../../../components/form-field';
import { EvidenceField } from '../../../components/evidence-field';
import { PageShell } from '../../../components/page-shell';
import { PrivacyNote } from '../../../components/privacy-note';
import { SubscribeConsent } from '../../../components/subscribe-consent';
import { SheetError } from '../../../components/sheet';
import { useForm } from '../../../hooks/use-form';
import { decodeParam } from '../../../lib/route-param';
import { myCaseUrl, OBJECTION_ROUTES } from '../../../lib/objection';
import { go } from '../../../lib/feedback';
import type { ImageRef } from '../../../lib/story-draft';
import './index.scss';

type Kind = 'person' | 'unit' | 'anonymous';
type FieldName = 'name' | 'contact' | 'phoneCode' | 'sealStatement' | 'facts' | 'leads' | 'evidenceFileIds';
const FIELDS: readonly FieldName[] = [
  'name',
  'contact',
  'phoneCode',
  'sealStatement',
  'facts',
  'leads',
  'evidenceFileIds',
];
const KINDS = (['person', 'unit', 'anonymous'] as const).map((k) => ({ value: k, label: OBJECTOR_KIND_ZH[k] }));

type FileInput = Parameters<typeof objection.file>[0];
type Filed = { id: string; caseNo: string; late: boolean; contentCheck: string; subscribeTemplateId: string | null };

/** The objector's issues come back as `objector.name`…: put them under their own fields. */
async function send(input: FileInput, options: CallOptions): Promise<Reply<Filed>> {
  const reply = await objection.file(input, options);
  if (reply.ok || !reply.issues) return reply;
  return {
    ...reply,
    issues: reply.issues.map((i) => (i.path[0] === 'objector' ? { ...i, path: i.path.slice(1) } : i)),
  };
}

const length = (s: string) => [...s.trim()].length;
const H5 = process.env.TARO_ENV === 'h5';

export default function ObjectionPage() {
  const params = useRouter().params;
  const noticeId = decodeParam(params.noticeId);
  const nominationId = decodeParam(params.nominationId);
  const [kind, setKind] = useState<Kind>('person');
  const [draft, setDraft] = useState({ name: '', contact: '', sealStatement: '', facts: '', leads: '' });
  // weapp: the code from getPhoneNumber; H5: the number typed, sent as the local stub code.
  const [phoneCode, setPhoneCode] = useState<string | null>(null);
  const [h5Phone, setH5Phone] = useState('');
  const [images, setImages] = useState<ImageRef[]>([]);
  const [filed, setFiled] = useState<Filed | null>(null);
  const form = useForm(FIELDS, send, {
    facts: `请写明异议的具体事实，不少于${FACTS_MIN}个字`,
    leads: `请写明可供核查的线索，不少于${LEADS_MIN}个字`,
  });
  const set = (field: keyof typeof draft & FieldName) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    form.touch(field);
  };

  if (!noticeId || !nominationId) {
    return (
      <PageShell className="objection-page">
        <EmptyState title="链接不完整" description="请从公示页面中的「提出异议」进入。" />
      </PageShell>
    );
  }

  if (filed) {
    return (
      <PageShell className="objection-page">
        <View className="card objection-page__done" ariaRole="status">
          <Text className="objection-page__done-title">异议已提交</Text>
          <Text className="objection-page__case">{`案件编号：${filed.caseNo}`}</Text>
          <Text className="muted">
            {filed.late
              ? '公示期已结束，您的异议作为逾期异议受理，在表彰决定前办理。'
              : '受理机构将在规定期限内核查并答复。'}
            {filed.contentCheck === 'pass' ? '' : '内容将由工作人员人工复核。'}
          </Text>
          <SubscribeConsent
            templateIds={filed.subscribeTemplateId ? [filed.subscribeTemplateId] : []}
            label="订阅结果通知"
            accepted="已订阅：办结后将通过微信通知您一次。"
            declined="未订阅：办理结果仍会显示在「我的异议」中。"
            unavailable="办理结果将显示在「我的异议」中，请凭案件编号查询。"
          />
          <Button className="btn btn--block" onClick={() => go(myCaseUrl(filed.id))}>
            查看办理进度
          </Button>
          <Button className="btn btn--block" onClick={() => go(OBJECTION_ROUTES.mine)}>
            我的异议
          </Button>
        </View>
      </PageShell>
    );
  }

  const code = H5 ? (/^1\d{10}$/.test(h5Phone.trim()) ? `phone:${h5Phone.trim()}` : null) : phoneCode;
  const submit = async () => {
    const named = kind !== 'anonymous';
    const checks: Partial<Record<FieldName, string | null>> = {
      name: named && length(draft.name) < 2 ? (kind === 'unit' ? '请填写单位名称' : '请填写真实姓名') : null,
      contact: kind === 'unit' && length(draft.contact) < 2 ? '请填写联系人' : null,
      sealStatement: kind === 'unit' && length(draft.sealStatement) < 4 ? '请填写盖章说明' : null,
      phoneCode: named && !code ? (H5 ? '请填写11位手机号' : '请先验证手机号') : null,
      facts: length(draft.facts) < FACTS_MIN ? `请写明异议的具体事实，不少于${FACTS_MIN}个字` : null,
      leads: length(draft.leads) < LEADS_MIN ? `请写明可供核查的线索，不少于${LEADS_MIN}个字` : null,
    };
    const reply = await form.submit(checks, () => ({
      noticeId,
      nominationId,
      objector:
        kind === 'person'
          ? { kind, name: draft.name.trim(), phoneCode: code! }
          : kind === 'unit'
            ? {
                kind,
                name: draft.name.trim(),
                contact: draft.contact.trim(),
                phoneCode: code!,
                sealStatement: draft.sealStatement.trim(),
              }
            : { kind },
      facts: draft.facts.trim(),
      leads: draft.leads.trim(),
      evidenceFileIds: images.map((i) => i.fileId),
    }));
    if (reply?.ok) setFiled(reply.data);
    // A weapp code is single use: after a refusal, verify again.
    else if (reply && !H5) setPhoneCode(null);
  };

  return (
    <PageShell className="objection-page">
      <View className="card objection-page__intro">
        <Text className="muted">
          请实事求是地反映问题，写明具体事实和可供核查的线索。您的身份信息只有办理异议的工会工作人员可以查看，且每次查看都有记录；办结后封存，保存期满后删除。
        </Text>
      </View>
      <View className="card objection-page__card">
        <ChoiceChips
          label="提出方式"
          options={KINDS}
          value={[kind]}
          onChange={([k]) => k && setKind(k)}
          hint={kind === 'anonymous' ? '是否受理匿名异议以本次评选的规定为准；实名异议将优先核查并答复。' : undefined}
        />
        {kind !== 'anonymous' ? (
          <>
            <TextField
              label={kind === 'unit' ? '单位名称' : '真实姓名'}
              value={draft.name}
              maxlength={kind === 'unit' ? 60 : 20}
              error={form.fieldError('name')}
              onChange={set('name')}
            />
            {kind === 'unit' ? (
              <>
                <TextField
                  label="联系人"
                  value={draft.contact}
                  maxlength={20}
                  error={form.fieldError('contact')}
                  onChange={set('contact')}
                />
                <TextField
                  label="盖章说明"
                  value={draft.sealStatement}
                  multiline
                  maxlength={300}
                  placeholder="如：加盖单位公章的书面异议已寄送受理机构"
                  error={form.fieldError('sealStatement')}
                  onChange={set('sealStatement')}
                />
              </>
            ) : null}
            <Field label="手机号" error={form.fieldError('phoneCode')}>
              {H5 ? (
                <Input
                  className="field__input"
                  type="number"
                  value={h5Phone}
                  maxlength={11}
                  placeholder="本地演示：填写手机号即视为已验证"
                  ariaLabel="手机号"
                  onInput={(e) => {
                    setH5Phone(e.detail.value);
                    form.touch('phoneCode');
                  }}
                />
              ) : phoneCode ? (
                <Text className="objection-page__verified">已验证（提交后仅办理人员可见）</Text>
              ) : (
                <Button
                  className="btn"
                  openType="getPhoneNumber"
                  onGetPhoneNumber={(e) => {
                    const c = (e.detail as { code?: string }).code;
                    if (c) {
                      setPhoneCode(c);
                      form.touch('phoneCode');
                    }
                  }}
                >
                  验证微信绑定的手机号
                </Button>
              )}
            </Field>
          </>
        ) : null}
        <TextField
          label="异议事实"
          value={draft.facts}
          multiline
          maxlength={FACTS_MAX}
          placeholder={`具体事实：时间、地点、经过，不少于${FACTS_MIN}个字`}
          error={form.fieldError('facts')}
          onChange={set('facts')}
        />
        <TextField
          label="核查线索"
          value={draft.leads}
          multiline
          maxlength={LEADS_MAX}
          placeholder="知情人、证据材料的来源等"
          error={form.fieldError('leads')}
          onChange={set('leads')}
        />
        <EvidenceField
          images={images}
          max={MAX_EVIDENCE}
          error={form.fieldError('evidenceFileIds')}
          onChange={(next) => {
            setImages(next);
            form.touch('evidenceFileIds');
          }}
        />
        <SheetError message={form.formError} />
        <Button
          className={form.pending ? 'btn btn--primary btn--block btn--busy' : 'btn btn--primary btn--block'}
          disabled={form.pending}
          onClick={() => void submit()}
        >
          {form.pending ? '正在提交…' : '提交异议'}
        </Button>
      </View>
      <PrivacyNote rows={['objectorIdentity', 'objectorPhone', 'objectionEvidence']} />
    </PageShell>
  );
}
