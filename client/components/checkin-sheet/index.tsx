/** 签到: the 6-digit code the organizer shows at the event, in a half-screen dialog. */
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { EventPage } from '../../hooks/use-event';
import { useForm } from '../../hooks/use-form';
import { Sheet, SheetActions, SheetError } from '../sheet';
import './index.scss';

const CODE = /^\d{6}$/;

export function CheckInSheet({ checkIn, onClose }: { checkIn: EventPage['checkIn']; onClose: () => void }) {
  const [code, setCode] = useState('');
  const form = useForm(['code'] as const, checkIn, { code: '签到码为 6 位数字' });
  const close = () => {
    if (!form.pending) onClose();
  };
  const submit = async () => {
    const value = code.trim();
    const reply = await form.submit({ code: CODE.test(value) ? null : '请输入 6 位数字签到码' }, () => ({
      code: value,
    }));
    if (reply?.ok) {
      void Taro.showToast({ title: '签到成功', icon: 'success' });
      onClose();
    }
  };
  const error = form.fieldError('code');
  return (
    <Sheet
      title="活动签到"
      onClose={close}
      footer={
        <SheetActions
          submitText="签到"
          pendingText="正在签到…"
          pending={form.pending}
          onSubmit={() => void submit()}
          onCancel={close}
        />
      }
    >
      <Text className="sheet__note">
        请输入活动现场公布的 6 位数字签到码。签到在活动开始前 1 小时至活动结束时开放。
      </Text>
      <View className="field">
        <Input
          className={error ? 'field__input checkin__input field__input--error' : 'field__input checkin__input'}
          type="number"
          value={code}
          maxlength={6}
          placeholder="6 位数字"
          ariaLabel="签到码"
          onInput={(e) => {
            setCode(e.detail.value);
            form.touch('code');
          }}
        />
        {error ? (
          <View className="field__error" ariaRole="alert">
            {error}
          </View>
        ) : null}
      </View>
      <SheetError message={form.formError} />
    </Sheet>
  );
}
