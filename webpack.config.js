/**
 * Webpack config in the style of the Yeoman Office add-in template: two entries (the task pane
 * and the ribbon's function file), their HTML pages, assets and manifest copied into dist/.
 * The dev server speaks https when office-addin-dev-certs has installed certificates
 * (~/.office-addin-dev-certs), otherwise http — Office desktop needs https, so it says so.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;
const pkg = require('./package.json');
const port = Number(process.env.PORT || (pkg.config && pkg.config.dev_server_port) || 3000);

/** Certificates written by `npx office-addin-dev-certs install`; null when they are absent (offline). */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const out = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) return null;
    out[k] = fs.readFileSync(p);
  }
  return out;
}

/**
 * Writes dist/bundle-stats.json: the files of each named chunk group (entries and the
 * webpackChunkName'd dynamic imports with everything they pull in), read by scripts/bundle-size.js.
 */
class ChunkGroupFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkGroupFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ChunkGroupFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const groups = {};
        for (const [name, group] of compilation.namedChunkGroups) {
          groups[name] = { entry: group.isInitial(), files: group.getFiles().filter((f) => f.endsWith('.js')) };
        }
        compilation.emitAsset('bundle-stats.json', new webpack.sources.RawSource(JSON.stringify({ groups }, null, 2)));
      });
    });
  }
}

const commandsEntry = path.join(root, 'src/commands/commands.ts');
const commandsHtml = path.join(root, 'src/commands/commands.html');

module.exports = (_env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const entry = { taskpane: path.join(root, 'src/taskpane/index.tsx') };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: path.join(root, 'src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
    }),
  ];
  if (fs.existsSync(commandsEntry)) {
    entry.commands = commandsEntry;
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        ...(fs.existsSync(commandsHtml)
          ? { template: commandsHtml }
          : { templateContent: '<!doctype html><html><head><meta charset="utf-8"><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body></body></html>' }),
        chunks: ['commands'],
      }),
    );
  } else {
    console.warn('[webpack] src/commands/commands.ts is missing: building the task pane only.');
  }

  let server = 'http';
  if (argv.env && argv.env.WEBPACK_SERVE) {
    const certs = devCertificates();
    if (certs) server = { type: 'https', options: certs };
    else
      console.warn(
        '[webpack] No certificates in ~/.office-addin-dev-certs: serving http://localhost:' +
          ((argv && argv.port) || port) +
          '. Office needs https; run `npx office-addin-dev-certs install` when online.',
      );
  }

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    context: root,
    entry,
    output: {
      path: path.join(root, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      // dist/node holds the compiled command (npm run build:cli); the web build must not wipe it.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      // Dynamic imports carry `.js` (node16 resolution); they name the .ts/.tsx sources.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // src/core is pure; these Node built-ins must never reach the browser bundle.
      fallback: { fs: false, path: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(root, 'tsconfig.json'),
              // ES modules let webpack tree-shake Fluent UI and split lazy tabs.
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      // SERVICEBOOK_HOST=memory: an in-memory host instead of Office.js, for working on the pane alone.
      ...(process.env.SERVICEBOOK_HOST === 'memory'
        ? [new webpack.NormalModuleReplacementPlugin(/[\\/]hostLoader(\.js)?$/, path.join(root, 'src/taskpane/dev/hostLoaderMemory.ts'))]
        : []),
      new ChunkGroupFilesPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]', noErrorOnMissing: true },
          { from: 'manifest*.xml', to: '[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
    optimization: dev
      ? {}
      : {
          splitChunks: { chunks: 'all', maxInitialRequests: 6 },
          runtimeChunk: false,
        },
    performance: { hints: false },
    devServer: {
      port,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.join(root, 'dist') },
    },
  };
};
