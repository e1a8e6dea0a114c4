/** The code just created, large, with 复制 and when it expires. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROLE_ZH } from '../../../shared/grants';
import { formatDateTimeZh } from '../../lib/format';
import type { CreatedInvitation } from '../invite-form';
import './index.scss';

export function InviteResult({ invitation, onAgain }: { invitation: CreatedInvitation; onAgain: () => void }) {
  return (
    <View className="card invite-result" ariaRole="status">
      <Text className="invite-result__label">
        邀请码已生成：{invitation.orgName} · {ROLE_ZH[invitation.role]}
      </Text>
      <Text className="invite-result__code" userSelect>
        {invitation.code}
      </Text>
      <Text className="muted invite-result__expiry">
        有效期至 {formatDateTimeZh(invitation.expiresAt)}，仅可使用一次
      </Text>
      <Text className="muted">请把邀请码发给对方：在小程序「我的」→「兑换邀请码」中填写。</Text>
      <View className="invite-result__actions">
        <Button
          className="btn btn--primary invite-result__copy"
          onClick={() => void Taro.setClipboardData({ data: invitation.code })}
        >
          复制
        </Button>
        <Button className="btn invite-result__again" onClick={onAgain}>
          再发一个
        </Button>
      </View>
    </View>
  );
}
