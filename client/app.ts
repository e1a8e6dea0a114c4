import type { PropsWithChildren } from 'react';
import Taro, { useDidShow, useLaunch } from '@tarojs/taro';
import { reloadLargeFont } from './hooks/use-large-font';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Production calls go through CloudBase; H5 talks to the local runner and needs no init.
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: false });
    }
  });
  // WeChat's font size may have changed while the app was hidden (an explicit choice in 我的 still wins).
  useDidShow(reloadLargeFont);
  // `children` is the page being shown.
  return children;
}

export default App;
