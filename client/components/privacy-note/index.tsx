/** Placeholder for the privacy guide until the full text is written. */
import { Text, View } from '@tarojs/components';
import './index.scss';

export function PrivacyNote() {
  return (
    <View className="card privacy-note">
      <Text className="muted" userSelect>
        浏览劳模故事和公示不需要提供个人信息。兑换邀请码时，我们仅保存您填写的称呼，用于在工会工作中显示您的身份。完整的《隐私保护指引》将在正式上线前发布。
      </Text>
    </View>
  );
}
