/** Nothing to show: what is missing, and what the reader can do about it. */
import { Button, Text, View } from '@tarojs/components';
import './index.scss';

export interface EmptyStateProps {
  title: string;
  description?: string;
  actionText?: string;
  onAction?: () => void;
}

export function EmptyState({ title, description, actionText, onAction }: EmptyStateProps) {
  return (
    <View className="empty-state">
      <View className="empty-state__mark" />
      <Text className="empty-state__title">{title}</Text>
      {description ? <Text className="empty-state__desc">{description}</Text> : null}
      {actionText && onAction ? (
        <Button className="btn empty-state__action" onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
