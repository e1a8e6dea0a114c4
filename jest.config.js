/** Jest: node projects (shared, functions, scripts) and the client (jsdom + Taro H5 components). */
const tsTransform = {
  '^.+\\.(t|j)sx?$': ['ts-jest', { isolatedModules: true, diagnostics: false, tsconfig: { jsx: 'react-jsx', allowJs: true, esModuleInterop: true, module: 'commonjs', target: 'es2020' } }],
};

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared', '<rootDir>/cloudfunctions', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts'],
      transform: tsTransform,
    },
  ],
};
