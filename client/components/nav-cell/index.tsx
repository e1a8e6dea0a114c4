/** A cell that opens another page: title, a one-line description, and the arrow. */
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface NavCellProps {
  title: string;
  description?: string;
  onClick: () => void;
  /** A count shown before the arrow (待办); nothing when absent or zero. */
  badge?: number | null;
}

export function NavCell({ title, description, onClick, badge }: NavCellProps) {
  const count = badge && badge > 0 ? (badge > 99 ? '99+' : String(badge)) : null;
  return (
    <View className="nav-cell" ariaRole="link" ariaLabel={count ? `${title}，${count} 项` : title} onClick={onClick}>
      <View className="nav-cell__text">
        <Text className="nav-cell__title">{title}</Text>
        {description ? <Text className="muted nav-cell__desc">{description}</Text> : null}
      </View>
      {count ? <Text className="nav-cell__badge">{count}</Text> : null}
      <Text className="nav-cell__arrow">›</Text>
    </View>
  );
}
