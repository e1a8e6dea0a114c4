/** The large-font switch, as a settings cell. */
import { Switch, Text, View } from '@tarojs/components';
import { useLargeFont } from '../../hooks/use-large-font';
import './index.scss';

export function LargeFontCell() {
  const [large, setLarge] = useLargeFont();
  return (
    <View className="card cell">
      <View className="cell__text">
        <Text className="cell__label">大字模式</Text>
        <Text className="muted">放大所有页面的文字，便于阅读</Text>
      </View>
      <Switch
        checked={large}
        color="#C8102E"
        ariaLabel="大字模式"
        onChange={(e) => setLarge(Boolean(e.detail.value))}
      />
    </View>
  );
}
