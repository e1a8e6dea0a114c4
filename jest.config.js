/** Jest: node projects (shared, functions, scripts) and the client (jsdom + Taro H5 components). */
const tsTransform = {
  '^.+\\.(t|j)sx?$': [
    'ts-jest',
    {
      diagnostics: false,
      tsconfig: {
        isolatedModules: true,
        jsx: 'react-jsx',
        allowJs: true,
        esModuleInterop: true,
        module: 'commonjs',
        target: 'es2020',
      },
    },
  ],
};

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared', '<rootDir>/cloudfunctions', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts'],
      transform: tsTransform,
      // Timing is the benchmark's business: a test may take long on a loaded 2-core machine.
      testTimeout: 30000,
    },
    {
      // Components render with Taro's H5 (Stencil) components in jsdom; `@tarojs/taro` is a small mock.
      displayName: 'client',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/client'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      // The weapp-build simulations and the browser tests have their own projects.
      testPathIgnorePatterns: ['/node_modules/', '\\.simulate\\.test\\.ts$', '/client/e2e/'],
      // Taro's H5 components ship ESM (swiper as .mjs): compile those too.
      transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': tsTransform['^.+\\.(t|j)sx?$'] },
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|swiper|ssr-window|dom7|tslib|\.pnpm)/)'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/client/test/taro-mock.ts',
        '\\.(css|scss|sass|less)$': '<rootDir>/client/test/style-mock.ts',
      },
      setupFiles: ['<rootDir>/client/test/setup.ts'],
      testTimeout: 30000,
      // Taro's build flags, normally replaced by the bundler.
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        __TARO_FRAMEWORK__: 'react',
        CLOUD_ENV: 'laomo-test',
      },
    },
    {
      // The real weapp build (dist/weapp) in miniprogram-simulate; `npm test` builds it first.
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/client'],
      testMatch: ['<rootDir>/client/**/*.simulate.test.ts'],
      // Only TypeScript is transformed: the build's chunks must run exactly as built.
      transform: { '^.+\\.tsx?$': tsTransform['^.+\\.(t|j)sx?$'] },
      testTimeout: 30000,
    },
    {
      // End to end: the real H5 build and runner in headless Chromium (Debian's chromium).
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/client/e2e'],
      testMatch: ['**/*.e2e.test.ts'],
      transform: tsTransform,
      testTimeout: 60000,
    },
  ],
};
