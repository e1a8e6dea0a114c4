/**
 * Large-font mode follows WeChat's own font size unless the user chose with the switch in 我的:
 * the threshold, the platform's two APIs (and H5 without either), and the explicit choice winning.
 */
import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { LargeFontCell } from '../components/large-font-cell';
import { PageShell } from '../components/page-shell';
import { taroTest } from '../test/taro-mock';
import { prefersLargeFont, reloadLargeFont } from './use-large-font';

const api = Taro as unknown as {
  getAppBaseInfo: jest.Mock;
  getSystemInfoSync: jest.Mock;
};
const baseInfo = api.getAppBaseInfo.getMockImplementation()!;
const systemInfo = api.getSystemInfoSync.getMockImplementation()!;

/** WeChat reports this font size (px) through getAppBaseInfo. */
function wechatFont(px: number) {
  api.getAppBaseInfo.mockImplementation(() => ({ fontSizeSetting: px, fontSizeScaleFactor: px / 17 }));
}

function page() {
  return render(
    <>
      <PageShell className="me">
        <Text>我的</Text>
        <LargeFontCell />
      </PageShell>
    </>,
  );
}

afterEach(() => {
  api.getAppBaseInfo.mockImplementation(baseInfo);
  api.getSystemInfoSync.mockImplementation(systemInfo);
  taroTest.reset();
  act(() => reloadLargeFont());
});

describe('prefersLargeFont', () => {
  it('is on from two steps above WeChat’s standard 17 px (scaled, our 16 px would pass 18 px)', () => {
    expect(prefersLargeFont({ fontSizeSetting: 16 })).toBe(false);
    expect(prefersLargeFont({ fontSizeSetting: 17 })).toBe(false);
    expect(prefersLargeFont({ fontSizeSetting: 18.5 })).toBe(false); // one step up on a large iPhone
    expect(prefersLargeFont({ fontSizeSetting: 19 })).toBe(false); // two steps on a 320 pt phone
    expect(prefersLargeFont({ fontSizeSetting: 19.5 })).toBe(true); // two steps on a 375 pt iPhone
    expect(prefersLargeFont({ fontSizeSetting: 20 })).toBe(true);
    expect(prefersLargeFont({ fontSizeSetting: 23.8 })).toBe(true); // care mode (关怀模式)
    // The scale factor, when given, decides.
    expect(prefersLargeFont({ fontSizeSetting: 17, fontSizeScaleFactor: 1.2 })).toBe(true);
    expect(prefersLargeFont({ fontSizeScaleFactor: 1.1 })).toBe(false);
  });

  it('is off when the platform says nothing (H5: NaN or no field)', () => {
    expect(prefersLargeFont({ fontSizeSetting: NaN })).toBe(false);
    expect(prefersLargeFont({})).toBe(false);
    expect(prefersLargeFont(null)).toBe(false);
  });
});

describe('large-font mode and WeChat’s font size', () => {
  it('turns on by default when WeChat’s font is large, and the cell says why', async () => {
    wechatFont(20);
    act(() => reloadLargeFont());
    const { container } = page();
    await screen.findByText('我的');
    expect(container.querySelector('.page.page--large')).toBeTruthy();
    expect(screen.getByText('已按微信的字体大小设置自动开启，可在此关闭')).toBeTruthy();
    expect(taroTest.storage.has('laomo.largeFont')).toBe(false); // a default, not a choice
  });

  it('stays off at WeChat’s standard size and in H5, where there is no WeChat font size', async () => {
    wechatFont(17);
    act(() => reloadLargeFont());
    const { container, unmount } = page();
    await screen.findByText('我的');
    expect(container.querySelector('.page--large')).toBeNull();
    expect(screen.getByText('放大所有页面的文字，便于阅读')).toBeTruthy();
    unmount();

    // The taro mock's defaults are H5's: no field in getAppBaseInfo, NaN in getSystemInfoSync.
    api.getAppBaseInfo.mockImplementation(baseInfo);
    act(() => reloadLargeFont());
    const h5 = page();
    await screen.findByText('我的');
    expect(h5.container.querySelector('.page--large')).toBeNull();
    expect(api.getSystemInfoSync).toHaveBeenCalled();
  });

  it('falls back to getSystemInfoSync on clients without getAppBaseInfo', async () => {
    const saved = api.getAppBaseInfo;
    (Taro as unknown as Record<string, unknown>).getAppBaseInfo = undefined;
    try {
      api.getSystemInfoSync.mockImplementation(() => ({ fontSizeSetting: 22 }));
      act(() => reloadLargeFont());
      const { container } = page();
      await screen.findByText('我的');
      expect(container.querySelector('.page--large')).toBeTruthy();
    } finally {
      (Taro as unknown as Record<string, unknown>).getAppBaseInfo = saved;
    }
  });

  it('the user’s switch wins over WeChat’s font size, and is remembered', async () => {
    wechatFont(22);
    act(() => reloadLargeFont());
    const { container } = page();
    await screen.findByText('我的');
    expect(container.querySelector('.page--large')).toBeTruthy();

    const toggle = container.querySelector('[aria-label="大字模式"]')!;
    act(() => {
      toggle.dispatchEvent(new CustomEvent('change', { detail: { value: false }, bubbles: true }));
    });
    expect(container.querySelector('.page--large')).toBeNull();
    expect(taroTest.storage.get('laomo.largeFont')).toBe(false);
    expect(screen.getByText('放大所有页面的文字，便于阅读')).toBeTruthy();

    // Shown again (or restarted) with WeChat's font still large: the choice holds.
    act(() => reloadLargeFont());
    expect(container.querySelector('.page--large')).toBeNull();

    // And a user with the standard size who switches it on keeps it on.
    wechatFont(17);
    act(() => {
      toggle.dispatchEvent(new CustomEvent('change', { detail: { value: true }, bubbles: true }));
    });
    act(() => reloadLargeFont());
    expect(container.querySelector('.page.page--large')).toBeTruthy();
    expect(taroTest.storage.get('laomo.largeFont')).toBe(true);
  });
});
