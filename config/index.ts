import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * One source root (`client/`), one output root per platform (`dist/weapp`, `dist/h5`), so a weapp
 * build never overwrites the H5 build the local runner serves, and vice versa.
 */
/** The shared contract (schemas, error texts) lives outside the source root and must be compiled too. */
const compile = { include: [path.resolve(__dirname, '..', 'shared')] };

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'weapp';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'laomo',
    date: '2025-01-01',
    // Styles are written in CSS px for a 375 px wide phone; Taro turns them into rpx / rem.
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'client',
    // `LAOMO_OUT_ROOT` builds elsewhere (a private build while another is in use); default `dist`.
    outputRoot: `${process.env.LAOMO_OUT_ROOT ?? 'dist'}/${platform}`,
    plugins: [],
    defineConstants: {
      // The CloudBase environment the weapp build calls (`Taro.cloud.init({ env })`).
      CLOUD_ENV: JSON.stringify(process.env.LAOMO_CLOUD_ENV || 'laomo-dev'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      // Modules used only by a subpackage are moved into it, keeping the main package small.
      optimizeMainPackage: { enable: true },
      // Components style only their own BEM classes, so stylesheet order never matters (as on h5).
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        // H5 pages are async chunks; Taro splits only initial chunks, so every page carried its own
        // copy of zod, the api layer and the shared components. Split async chunks too.
        const splitChunks = chain.optimization.get('splitChunks');
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' });
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    // Watch builds: readable output, no minification.
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
