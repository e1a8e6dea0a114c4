import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Production calls go through CloudBase; H5 talks to the local runner and needs no init.
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: false });
    }
  });
  // `children` is the page being shown.
  return children;
}

export default App;
