/** The large-font switch, as a settings cell; says so when it is on because of WeChat's own font size. */
import { Switch, Text, View } from '@tarojs/components';
import { setLargeFont, useLargeFontState } from '../../hooks/use-large-font';
import './index.scss';

export function LargeFontCell() {
  const { on, fromSystem } = useLargeFontState();
  return (
    <View className="card cell">
      <View className="cell__text">
        <Text className="cell__label">大字模式</Text>
        <Text className="muted">
          {fromSystem ? '已按微信的字体大小设置自动开启，可在此关闭' : '放大所有页面的文字，便于阅读'}
        </Text>
      </View>
      <Switch
        checked={on}
        color="#C8102E"
        ariaLabel="大字模式"
        onChange={(e) => setLargeFont(Boolean(e.detail.value))}
      />
    </View>
  );
}
