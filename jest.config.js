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
// `jest --selectProjects unit test/x.test.ts` reads the path as one more project name and runs every
// test; such values are taken as test path patterns, as `jest test/x.test.ts --selectProjects unit` does.
const at = process.argv.indexOf('--selectProjects');
const paths = at < 0 ? [] : process.argv.slice(at + 1).filter((a, i, all) => !a.startsWith('-') && all.slice(0, i).every((b) => !b.startsWith('-')) && /[/.]/.test(a));
const onlyPaths = (scope, project) => (paths.length ? { ...project, testMatch: undefined, testRegex: `^(?=.*(?:${paths.join('|')}))(?=.*${scope}).*\\.test\\.tsx?$` } : project);

module.exports = {
  projects: [
    onlyPaths('/(src|test)/', {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
    }),
    onlyPaths('/test/e2e/', {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
    }),
  ],
};
