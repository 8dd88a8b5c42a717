/** Unit tests sit beside the code in src/; integration and end-to-end tests live in test/. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// hyparquet-writer (and hyparquet) ship only ES modules: transpiled to CommonJS for jest, and the
// command's dynamic import of it is replaced by a require (test/support/loadParquetWriter.jest.ts).
const esmToCjs = ['ts-jest', { isolatedModules: true, tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10', target: 'ES2020', esModuleInterop: true } }];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest, '/node_modules/hyparquet(-writer)?/.+\\.js$': esmToCjs },
  transformIgnorePatterns: ['/node_modules/(?!(hyparquet|hyparquet-writer)/)'],
  moduleNameMapper: { '^.*/loadParquetWriter$': '<rootDir>/test/support/loadParquetWriter.jest.ts' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
    },
  ],
};
