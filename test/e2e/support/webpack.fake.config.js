/** Bundles test/fake-excel's installFakeOffice for the browser: the e2e page gets it instead of office.js. */
const path = require('path');

const root = path.resolve(__dirname, '..', '..', '..');
module.exports = {
  mode: 'development',
  devtool: false,
  context: root,
  entry: path.join(__dirname, 'fakeOfficeEntry.ts'),
  output: { path: path.join(root, 'test-output', 'fake-office'), filename: 'fake-office.js', clean: true },
  resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.join(root, 'tsconfig.json'),
            compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false },
          },
        },
      },
    ],
  },
  performance: { hints: false },
};
