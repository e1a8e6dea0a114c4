/**
 * The tap that allows subscribe messages (WeChat sends none without it): a button, then what the
 * answer means. Where messages cannot be subscribed (H5, no template configured) it shows
 * `unavailable`, or nothing. `repeatable`: each acceptance allows one message, so the button stays
 * to allow the next ones (待办); otherwise one answer ends it (an objection's one result).
 */
import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { askSubscribe, canSubscribe } from '../../lib/subscribe';
import './index.scss';

export interface SubscribeConsentProps {
  templateIds: readonly string[];
  label: string;
  accepted: string;
  declined: string;
  unavailable?: string;
  repeatable?: boolean;
  className?: string;
}

export function SubscribeConsent({
  templateIds,
  label,
  accepted,
  declined,
  unavailable,
  repeatable = false,
  className = '',
}: SubscribeConsentProps) {
  const [answer, setAnswer] = useState<boolean | null>(null);
  const [asking, setAsking] = useState(false);
  if (!canSubscribe() || templateIds.length === 0) {
    return unavailable ? <Text className={`muted ${className}`}>{unavailable}</Text> : null;
  }
  const ask = () => {
    setAsking(true);
    void askSubscribe(templateIds)
      .then((ids) => setAnswer(ids.length > 0))
      .finally(() => setAsking(false));
  };
  return (
    <View className={`subscribe-consent ${className}`}>
      {answer === null || repeatable ? (
        <Button className={`btn btn--primary btn--block${asking ? ' btn--busy' : ''}`} disabled={asking} onClick={ask}>
          {label}
        </Button>
      ) : null}
      {answer === null ? null : (
        <View className="muted" ariaRole="status">
          {answer ? accepted : declined}
        </View>
      )}
    </View>
  );
}
