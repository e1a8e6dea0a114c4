/** A cell that opens another page: title, a one-line description, and the arrow. */
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface NavCellProps {
  title: string;
  description?: string;
  onClick: () => void;
}

export function NavCell({ title, description, onClick }: NavCellProps) {
  return (
    <View className="nav-cell" ariaRole="link" ariaLabel={title} onClick={onClick}>
      <View className="nav-cell__text">
        <Text className="nav-cell__title">{title}</Text>
        {description ? <Text className="muted nav-cell__desc">{description}</Text> : null}
      </View>
      <Text className="nav-cell__arrow">›</Text>
    </View>
  );
}
