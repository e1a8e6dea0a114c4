/**
 * Redeem an invitation code. The button shows progress and ignores a second press; errors are shown
 * in Chinese next to the field they concern; success reloads who I am.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { ErrorReply } from '../../../shared/envelope';
import { ERROR_MESSAGES_ZH } from '../../../shared/errors';
import { ROLE_ZH } from '../../../shared/grants';
import { identity } from '../../api/identity';
import { useSubmit } from '../../hooks/use-submit';
import './index.scss';

type Field = 'code' | 'displayName';

const CODE_ERRORS = new Set(['INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED']);
const FIELD_HINT: Record<Field, string> = {
  code: '邀请码格式为 12 位字母或数字',
  displayName: '称呼请填写 1 至 20 个字',
};

/** Which field an error belongs to (or `form` for the whole submission), and its text. */
export function placeError(error: ErrorReply): { field: Field | 'form'; message: string } {
  if (CODE_ERRORS.has(error.code)) return { field: 'code', message: error.message };
  const issue = error.issues?.find((i) => i.path[0] === 'code' || i.path[0] === 'displayName');
  if (issue) {
    const field = issue.path[0] as Field;
    // A generic text says nothing about the field: name the rule instead.
    return { field, message: issue.message === ERROR_MESSAGES_ZH.BAD_REQUEST ? FIELD_HINT[field] : issue.message };
  }
  return { field: 'form', message: error.message };
}

export interface RedeemFormProps {
  onRedeemed: () => void;
  /** The api call; tests pass a fake. */
  redeem?: typeof identity.redeemInvitation;
}

export function RedeemForm({ onRedeemed, redeem = identity.redeemInvitation }: RedeemFormProps) {
  const [code, setCode] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit(redeem);
  const placed = submit.error ? placeError(submit.error) : null;
  const codeError = missing ? '请输入邀请码' : placed?.field === 'code' ? placed.message : null;
  const nameError = placed?.field === 'displayName' ? placed.message : null;

  const onSubmit = async () => {
    const trimmedCode = code.trim();
    setMissing(!trimmedCode);
    setDone(null);
    if (!trimmedCode) return;
    const name = displayName.trim();
    const reply = await submit.run({ code: trimmedCode, ...(name ? { displayName: name } : {}) });
    if (reply?.ok) {
      const { grant } = reply.data;
      setCode('');
      setDone(`兑换成功：您已成为 ${grant.orgName} 的${ROLE_ZH[grant.role]}`);
      void Taro.showToast({ title: '兑换成功', icon: 'success' });
      onRedeemed();
    }
  };

  return (
    <View className="card redeem-form">
      <View className="field">
        <Text className="field__label">邀请码</Text>
        <Input
          className={codeError ? 'field__input field__input--error' : 'field__input'}
          value={code}
          placeholder="12 位字母或数字"
          maxlength={14}
          ariaLabel="邀请码"
          onInput={(e) => {
            setCode(e.detail.value);
            setMissing(false);
            submit.clearError();
          }}
        />
        {codeError ? (
          <View className="field__error" ariaRole="alert">
            {codeError}
          </View>
        ) : null}
      </View>
      <View className="field">
        <Text className="field__label">称呼（选填）</Text>
        <Input
          className={nameError ? 'field__input field__input--error' : 'field__input'}
          value={displayName}
          placeholder="例如：王师傅"
          maxlength={20}
          ariaLabel="称呼"
          onInput={(e) => {
            setDisplayName(e.detail.value);
            submit.clearError();
          }}
        />
        {nameError ? (
          <View className="field__error" ariaRole="alert">
            {nameError}
          </View>
        ) : null}
      </View>
      {placed?.field === 'form' ? (
        <View className="field__error redeem-form__error" ariaRole="alert">
          {placed.message}
        </View>
      ) : null}
      {done ? <Text className="redeem-form__done">{done}</Text> : null}
      <Button
        className={submit.pending ? 'btn btn--primary btn--block btn--busy' : 'btn btn--primary btn--block'}
        disabled={submit.pending}
        onClick={() => void onSubmit()}
      >
        {submit.pending ? '正在兑换…' : '兑换'}
      </Button>
    </View>
  );
}
