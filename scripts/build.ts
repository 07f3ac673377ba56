// Builds a ready-to-push Apps Script project in dist/. Globals keep their JSDoc as legal comments (@preserve), which esbuild keeps and gas-webpack-plugin copies onto the stubs.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import GasPlugin from 'gas-webpack-plugin';
import webpack from 'webpack';
import { sidebarHtml } from './sidebarHtml';

const root = resolve(__dirname, '..');
const dist = resolve(root, 'dist');

function compile(): Promise<void> {
  const compiler = webpack({
    mode: 'none',
    devtool: false,
    context: root,
    entry: './src/main.ts',
    output: { path: dist, filename: 'Code.js', environment: { arrowFunction: true, const: true } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2020', legalComments: 'inline' } }],
    },
    optimization: { minimize: false },
    plugins: [new GasPlugin({ comment: true })],
  });
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      compiler.close(() => done());
    }),
  );
}

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  await compile();
  copyFileSync(resolve(root, 'appsscript.json'), resolve(dist, 'appsscript.json'));
  writeFileSync(resolve(dist, 'Sidebar.html'), await sidebarHtml(root));
  console.log(`Built ${dist}: Code.js, appsscript.json, Sidebar.html`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
