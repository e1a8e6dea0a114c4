/**
 * The demo persona chosen in H5 local mode (an openid the local runner knows). Stored on the device;
 * the transport sends it as `x-laomo-persona`. Production (weapp) never reads it: identity there
 * comes from the WeChat context.
 */
import Taro from '@tarojs/taro';

const KEY = 'laomo.persona';

export function readPersona(): string | null {
  try {
    const value: unknown = Taro.getStorageSync(KEY);
    return typeof value === 'string' && value ? value : null;
  } catch {
    return null;
  }
}

export function writePersona(openid: string | null): void {
  try {
    if (openid) Taro.setStorageSync(KEY, openid);
    else Taro.removeStorageSync(KEY);
  } catch {
    // Storage full or unavailable: the persona simply is not remembered.
  }
}
