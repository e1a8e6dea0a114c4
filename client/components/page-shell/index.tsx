/** The root of every page: applies the large-font class, so each page follows the switch. */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useLargeFont } from '../../hooks/use-large-font';

export function PageShell({ children, className }: { children: ReactNode; className?: string }) {
  const [large] = useLargeFont();
  const classes = ['page', large ? 'page--large' : '', className ?? ''].filter(Boolean).join(' ');
  return <View className={classes}>{children}</View>;
}
