/**
 * A small stand-in for `@tarojs/taro` in component tests (jsdom): in-memory storage, recorded
 * navigation and toasts, page-event hooks that tests can fire, and router params tests can set.
 */
type Handler = () => unknown;

const storage = new Map<string, unknown>();
const pageEvents = new Map<string, Handler>();
let routerParams: Record<string, string | undefined> = {};

function recordPageEvent(name: string) {
  return (handler: Handler) => {
    pageEvents.set(name, handler);
  };
}

const Taro = {
  getStorageSync: (key: string): unknown => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string) => {
    storage.delete(key);
  },
  navigateTo: jest.fn((_options: { url: string }) => Promise.resolve({ errMsg: 'navigateTo:ok' })),
  navigateBack: jest.fn((_options?: { delta?: number }) => Promise.resolve({ errMsg: 'navigateBack:ok' })),
  switchTab: jest.fn((_options: { url: string }) => Promise.resolve({ errMsg: 'switchTab:ok' })),
  showToast: jest.fn((_options: { title: string; icon?: string }) => Promise.resolve({ errMsg: 'showToast:ok' })),
  stopPullDownRefresh: jest.fn(),
  setNavigationBarTitle: jest.fn((_options: { title: string }) => Promise.resolve({ errMsg: 'ok' })),
  setClipboardData: jest.fn((_options: { data: string }) => Promise.resolve({ errMsg: 'setClipboardData:ok' })),
  /** Confirms by default; a test declines with `mockResolvedValueOnce({ confirm: false, cancel: true })`. */
  showModal: jest.fn((_options: { title?: string; content?: string; confirmText?: string; cancelText?: string }) =>
    Promise.resolve({ confirm: true, cancel: false, errMsg: 'showModal:ok' }),
  ),
  chooseMessageFile: jest.fn(),
  requestSubscribeMessage: jest.fn((_options: { tmplIds: string[] }): Promise<Record<string, string>> =>
    Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' }),
  ),
  setTabBarBadge: jest.fn((_options: { index: number; text: string }) => Promise.resolve({ errMsg: 'ok' })),
  removeTabBarBadge: jest.fn((_options: { index: number }) => Promise.resolve({ errMsg: 'ok' })),
  /** Like H5 by default (no WeChat font size); a test sets `fontSizeSetting` with `mockReturnValue`. */
  getAppBaseInfo: jest.fn((): { fontSizeSetting?: number; fontSizeScaleFactor?: number } => ({})),
  getSystemInfoSync: jest.fn((): { fontSizeSetting?: number } => ({ fontSizeSetting: NaN })),
  cloud: {
    init: jest.fn(),
    callFunction: jest.fn(),
    uploadFile: jest.fn(),
  },
};

export default Taro;

export const useLaunch = recordPageEvent('launch');
export const useReachBottom = recordPageEvent('reachBottom');
export const usePullDownRefresh = recordPageEvent('pullDownRefresh');
export const useShareAppMessage = recordPageEvent('shareAppMessage');
export const useShareTimeline = recordPageEvent('shareTimeline');
export const useDidShow = recordPageEvent('didShow');
export const useRouter = () => ({ params: routerParams, path: '' });

/** Test helpers (not part of Taro). */
export const taroTest = {
  storage,
  fire(event: string): unknown {
    return pageEvents.get(event)?.();
  },
  setRouterParams(params: Record<string, string | undefined>) {
    routerParams = params;
  },
  reset() {
    storage.clear();
    pageEvents.clear();
    routerParams = {};
    jest.clearAllMocks();
  },
};
