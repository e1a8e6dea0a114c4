/** The usual 首页 header (the Promotion Month banner replaces it in May, later). */
import { Text, View } from '@tarojs/components';
import './index.scss';

export function HomeHeader() {
  return (
    <View className="home-header">
      <Text className="home-header__org">示范区总工会</Text>
      <Text className="home-header__title">劳模风采</Text>
      <Text className="home-header__motto">弘扬劳模精神 · 劳动精神 · 工匠精神</Text>
    </View>
  );
}
