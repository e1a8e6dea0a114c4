/**
 * The large-font preference: stored on the device, shared by every mounted page (tab pages stay
 * mounted), applied by `PageShell` as the `page--large` root class.
 */
import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';

const KEY = 'laomo.largeFont';
let current: boolean | null = null;
const listeners = new Set<() => void>();

function read(): boolean {
  if (current === null) {
    try {
      current = Taro.getStorageSync(KEY) === true;
    } catch {
      current = false;
    }
  }
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setLargeFont(on: boolean): void {
  current = on;
  try {
    Taro.setStorageSync(KEY, on);
  } catch {
    // Not remembered after a restart; the current session still follows the switch.
  }
  listeners.forEach((listener) => listener());
}

export function useLargeFont(): [boolean, (on: boolean) => void] {
  return [useSyncExternalStore(subscribe, read, read), setLargeFont];
}
