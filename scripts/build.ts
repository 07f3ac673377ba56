// Builds a ready-to-push Apps Script project in dist/: one minified script, preceded by a top-level stub with its JSDoc for every global (Sheets autocompletes custom functions from those).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { minify, type MinifyOptions } from 'terser';
import { generate } from 'gas-entry-generator';
import { buildInfo } from '../src/local/cli/buildInfo';
import { sidebarHtml } from './sidebarHtml';

const root = resolve(__dirname, '..');
const dist = resolve(root, 'dist');
const cache = resolve(root, 'node_modules/.cache/tts-ops-build');

const BUNDLE: BuildOptions = {
  entryPoints: [resolve(root, 'src/main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  write: false,
  platform: 'neutral',
};

/** About TTS Ops shows the version and commit (src/sheets/menu.ts); the commit goes in after terser, so a new commit does not cost a terser run. */
const COMMIT_PLACEHOLDER = '@@TTS_OPS_COMMIT@@';
const BUILD = buildInfo(root);

const TERSER_OPTIONS: MinifyOptions = {
  ecma: 2020,
  // `unsafe` here only writes String(x) as x + "", drops `new` before Error/Array/RegExp and inlines Math calls: the same for every value the code converts (no class defines valueOf).
  compress: { passes: 3, unsafe_arrows: true, hoist_funs: true, unsafe: true },
  mangle: false, // esbuild's names are already short; terser's second mangle only costs time
  format: { ascii_only: false },
};

/** terser's output for `code`, kept in node_modules/.cache by the input's hash: terser takes 2–4 s, so only a changed bundle pays it. */
async function compressedOnce(code: string): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify(TERSER_OPTIONS)).update(code).digest('hex');
  const cached = resolve(cache, `${key}.js`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    // Not cached yet (or cleared by a concurrent build): compress below.
  }
  const compressed = (await minify(code, TERSER_OPTIONS)).code;
  if (!compressed) throw new Error('terser returned no code for the Apps Script bundle.');
  try {
    rmSync(cache, { recursive: true, force: true }); // only the latest bundle is worth keeping
    mkdirSync(cache, { recursive: true });
    writeFileSync(`${cached}.${process.pid}`, compressed);
    renameSync(`${cached}.${process.pid}`, cached);
  } catch {
    // A cache entry lost to a concurrent build costs the next build a terser run, nothing else.
  }
  return compressed;
}

/** `npm run build -- --sizes` also lists the source files that put the most bytes in the minified bundle (esbuild's metafile). */
const SHOW_SIZES = process.argv.includes('--sizes');

function printLargestInputs(metafile: Metafile): void {
  const inputs = Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  const largest = inputs.sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput).slice(0, 40);
  for (const [path, { bytesInOutput }] of largest) console.log(`${String(bytesInOutput).padStart(7)}  ${path}`);
}

/** The code Apps Script runs: esbuild's minified bundle compressed again by terser (2–3 KB smaller), `global` being the script's global object. */
async function minifiedCode(): Promise<string> {
  const define = { global: 'globalThis', TTS_OPS_VERSION: JSON.stringify(BUILD.version), TTS_OPS_COMMIT: JSON.stringify(COMMIT_PLACEHOLDER) };
  const result = await build({ ...BUNDLE, minify: true, charset: 'utf8', legalComments: 'none', define, metafile: SHOW_SIZES });
  if (result.metafile) printLargestInputs(result.metafile);
  const code = await compressedOnce(result.outputFiles?.[0]?.text ?? '');
  if (!code.includes(COMMIT_PLACEHOLDER)) throw new Error(`the bundle lost ${COMMIT_PLACEHOLDER}, which About TTS Ops shows as the commit.`);
  return code.replaceAll(COMMIT_PLACEHOLDER, BUILD.commit);
}

/** `function NAME(params) {}` with the JSDoc of each `global.NAME = (params) => …`, read from the unminified bundle. */
async function globalStubs(): Promise<string> {
  const result = await build({ ...BUNDLE, legalComments: 'inline' });
  const stubs = generate(result.outputFiles?.[0]?.text ?? '', { comment: true }).entryPointFunctions;
  return compactJsDoc(stubs);
}

/**
 * Drops esbuild's source-path lines, the `@preserve` tags (they only kept the comments through esbuild), the source indentation,
 * `@return` lines (Sheets' formula help shows the summary and parameters only) and the JSDoc of menu and sidebar functions
 * (Sheets shows only a custom function's): bytes Apps Script evaluates on every call.
 */
function compactJsDoc(stubs: string): string {
  return stubs
    .replace(/^\/\/ src\/.*\n/gm, '')
    .replace(/^[ \t]*\* @(?:preserve|returns?)\b.*\n/gm, '')
    .replace(/^[ \t]+\*/gm, ' *')
    .replace(/\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?=function )/g, (jsDoc) => (jsDoc.includes('@customfunction') ? jsDoc : ''));
}

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const [stubs, code] = await Promise.all([globalStubs(), minifiedCode()]);
  writeFileSync(resolve(dist, 'Code.js'), `${stubs}\n${code}`);
  copyFileSync(resolve(root, 'appsscript.json'), resolve(dist, 'appsscript.json'));
  writeFileSync(resolve(dist, 'Sidebar.html'), await sidebarHtml(root));
  console.log(`Built ${dist}: Code.js, appsscript.json, Sidebar.html`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
