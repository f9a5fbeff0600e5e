const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Measures large networks off the event loop; main.ts points the API at it. The path is
      // absolute: Nx resolves a '../' entry against the workspace root, and webpack then reads the
      // resulting '/libs/…' as root-relative, which only works when the clone sits at depth two.
      additionalEntryPoints: [
        {
          entryName: 'network-worker',
          entryPath: join(__dirname, '../../libs/api/feature/network/src/lib/network.worker.ts'),
        },
      ],
      tsConfig: './tsconfig.app.json',
      assets: ["./src/assets"],
      optimization: false,
      outputHashing: 'none',
      sourceMap: true,
    })
  ],
};
