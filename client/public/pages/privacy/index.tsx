import { Text, View } from '@tarojs/components';

/** 隐私保护指引: what personal data is collected, why and for how long (filled in by the privacy work). */
export default function PrivacyPage() {
  return (
    <View className="page">
      <Text>隐私保护指引</Text>
    </View>
  );
}
