/**
 * The large-font preference, shared by every mounted page (tab pages stay mounted) and applied by
 * `PageShell` as the `page--large` root class.
 *
 * Where it comes from, first match wins:
 * 1. the user's own choice with the switch in 我的, stored on the device (on or off);
 * 2. WeChat's font size (我 → 设置 → 通用 → 字体大小), read once: large-font mode is on by default
 *    when that size is large (see `prefersLargeFont`);
 * 3. otherwise off. H5 has no WeChat font size: off unless chosen.
 */
import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';

const KEY = 'laomo.largeFont';

/**
 * WeChat reports the user's font size in px (`fontSizeSetting`; 17 is its standard size) and, on
 * recent clients, `fontSizeScaleFactor` (that size ÷ 17). Our pages set body text at 16 px, and at
 * 20 px in large-font mode. Scaling our 16 px by the user's factor, large-font mode is the nearer of
 * our two sizes once the result reaches 18 px, the midpoint: a factor of 18 ÷ 16 = 1.125, i.e. a
 * WeChat size of about 19.1 px or more. That is two steps above standard on phones (19.5 px on a
 * 375 pt iPhone, 20 px on a 414 pt one, 20.5 px = three steps on a 320 pt one; 20 px = one step on
 * iPad) and every larger step, including WeChat's care mode (关怀模式, 23.8 px). One step up (18 or
 * 18.5 px) keeps the usual size.
 */
export const LARGE_FONT_SCALE = 18 / 16;
const WECHAT_STANDARD_PX = 17;

interface FontInfo {
  fontSizeSetting?: number;
  fontSizeScaleFactor?: number;
}

/** True when the platform says the user's WeChat font is large; false when it says nothing (H5). */
export function prefersLargeFont(info: FontInfo | null | undefined): boolean {
  if (!info) return false;
  const factor =
    typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0
      ? info.fontSizeScaleFactor
      : typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0
        ? info.fontSizeSetting / WECHAT_STANDARD_PX
        : NaN; // H5 reports NaN or nothing
  return factor >= LARGE_FONT_SCALE;
}

/** The platform's font information: `getAppBaseInfo` where it exists, the older `getSystemInfoSync` otherwise. */
function systemFontInfo(): FontInfo | null {
  try {
    const api = Taro as unknown as { getAppBaseInfo?: () => FontInfo; getSystemInfoSync?: () => FontInfo };
    const base = typeof api.getAppBaseInfo === 'function' ? api.getAppBaseInfo() : null;
    if (base && (base.fontSizeSetting || base.fontSizeScaleFactor)) return base;
    return typeof api.getSystemInfoSync === 'function' ? api.getSystemInfoSync() : base;
  } catch {
    return null;
  }
}

export interface LargeFontState {
  on: boolean;
  /** On because of WeChat's font size, not because the user chose it. */
  fromSystem: boolean;
}

let current: LargeFontState | null = null;
const listeners = new Set<() => void>();

function compute(): LargeFontState {
  let chosen: unknown = '';
  try {
    chosen = Taro.getStorageSync(KEY);
  } catch {
    // Storage unavailable: the system's size alone decides.
  }
  if (chosen === true || chosen === false) return { on: chosen, fromSystem: false };
  const system = prefersLargeFont(systemFontInfo());
  return { on: system, fromSystem: system };
}

function read(): LargeFontState {
  if (current === null) current = compute();
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(next: LargeFontState): void {
  if (current && current.on === next.on && current.fromSystem === next.fromSystem) return;
  current = next;
  listeners.forEach((listener) => listener());
}

/** The user's explicit choice: remembered on the device, and it wins over WeChat's font size from then on. */
export function setLargeFont(on: boolean): void {
  try {
    Taro.setStorageSync(KEY, on);
  } catch {
    // Not remembered after a restart; the current session still follows the switch.
  }
  publish({ on, fromSystem: false });
}

/**
 * Reads the preference again: WeChat's font size may have changed while the mini-program was in
 * the background (the app calls this when it shows again); an explicit choice still wins.
 */
export function reloadLargeFont(): void {
  publish(compute());
}

export function useLargeFontState(): LargeFontState {
  return useSyncExternalStore(subscribe, read, read);
}

export function useLargeFont(): [boolean, (on: boolean) => void] {
  return [useLargeFontState().on, setLargeFont];
}
