/** A failed load: the Chinese message from the reply, and 重试. */
import { Button, Text, View } from '@tarojs/components';
import './index.scss';

export interface ErrorStateProps {
  message: string;
  onRetry: () => void;
  /** A one-line variant for the foot of a list or a card. */
  compact?: boolean;
}

export function ErrorState({ message, onRetry, compact = false }: ErrorStateProps) {
  return (
    <View className={compact ? 'error-state error-state--compact' : 'error-state'} ariaRole="alert">
      {compact ? null : <Text className="error-state__title">加载失败</Text>}
      <Text className="error-state__message">{message}</Text>
      <Button className="btn error-state__retry" onClick={onRetry}>
        重试
      </Button>
    </View>
  );
}
