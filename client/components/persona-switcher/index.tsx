/** H5 local mode only: act as one of the runner's demo personas. */
import { Text, View } from '@tarojs/components';
import type { Personas } from '../../hooks/use-personas';
import './index.scss';

export function PersonaSwitcher({ personas, current, choose }: Personas) {
  return (
    <View className="card persona-switcher">
      <Text className="muted persona-switcher__note">本地演示模式：选择一个身份后，页面按该身份显示。</Text>
      {personas.map((p) => {
        const active = p.openid === current;
        return (
          <View
            key={p.openid}
            className={active ? 'persona persona--active' : 'persona'}
            ariaRole="radio"
            ariaLabel={`${p.label}${active ? '，当前身份' : ''}`}
            onClick={() => choose(p.openid)}
          >
            <View className="persona__text">
              <Text className="persona__label">{p.label}</Text>
              <Text className="muted">{p.description}</Text>
            </View>
            {active ? <Text className="persona__check">当前</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
