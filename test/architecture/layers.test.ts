import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** Every import and re-export specifier of a file, as a path from the root when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*'([^']+)'|\bimport\(\s*'([^']+)'/gm)]
    .map(([, from, dynamic]) => from ?? dynamic)
    .map((spec) => (spec.startsWith('.') ? relative(ROOT, resolve(ROOT, file, '..', spec)) : spec));
}

/**
 * The core's folders, lowest first: a file imports only its own folder and the folders before it
 * (schemas down, workflows up). docs/ARCHITECTURE.md gives the reason for each boundary.
 */
const LAYERS = [
  'values', // cells, dates, numbers, read options, input errors and personal-data detection
  'markets', // market profiles, holiday data and calendars
  'settings', // Settings: the read options and one section per feature (interface, defaults, notes, ranges, check)
  'table', // header detection, aliases, the column accessor
  'api', // TikTok Shop Open API: request signing, the order → export row mapping (ports, no network)
  'metrics', // the metric catalog, measures, the one-pass engine, periods, day arguments
  'format', // numbers, money and dates written for a market
  'health', // LDR, VTR, SFCR and the health table
  'qa', // listing, promotion and link rules
  'sql', // the SQL compiler
  'formulas', // the custom functions: argument parsing and spill shaping
  'report', // the client update's model and blocks, built from values handed to it, and its pure renderers
  'workbook', // the Workbook port, owned tabs, the Settings tab, read-out tab builders
  'actions', // what a user does: check, sign off, export, BigQuery read-out
] as const;

/** The local adapter's folders, lowest first, by the same rule: the command line sits on top of what it drives. */
const LOCAL_LAYERS = [
  'files', // file-system safety: locks, atomic writes, snapshots, one table of file errors
  'api', // the TikTok Shop API from Node: HTTP transport, HMAC, credentials file
  'xlsx', // the workbook as a zip: streamed sheets, copied parts, spliced rows
  'import', // a Seller Center export read into rows
  'render', // the client update written to files and PDF, the tab previews
  'server', // the local sidebar server
  'cli', // tts-ops: arguments, help, the commands
] as const;

/** A file's rank in a table of `src/<adapter>/<folder>/` folders, -1 outside them. */
const rankIn = (layers: readonly string[], file: string): number => layers.indexOf(file.split('/')[2]);
const layerOf = (file: string): number => rankIn(LAYERS, file);

/** Each import of `files` that reaches a folder of `layers` ranked above the importing file's. */
function upwardImports(files: readonly string[], root: string, layers: readonly string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => target.startsWith(root) && rankIn(layers, target) > rankIn(layers, file))
      .map((target) => `${file} → ${target}`),
  );
}

const APPS_SCRIPT_GLOBALS =
  /\b(SpreadsheetApp|HtmlService|DocumentApp|SlidesApp|DriveApp|GmailApp|PropertiesService|LockService|ScriptApp|Session|Utilities|Charts|BigQuery|CacheService)\./;

describe('the layers', () => {
  const core = sourceFiles('src/core');

  it('the core imports only the core: no Node module, no exceljs, no adapter', () => {
    expect(core.length).toBeGreaterThan(100);
    const outside = core.flatMap((file) =>
      importsOf(file)
        .filter((target) => !target.startsWith('src/core/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(outside).toEqual([]);
  });

  it('every core file sits in a layer folder of the table, and imports only its own layer or lower ones', () => {
    expect(core.filter((file) => layerOf(file) < 0)).toEqual([]);
    expect(upwardImports(core, 'src/core/', LAYERS)).toEqual([]);
  });

  it('every src/local file sits in a folder of its table, and imports only its own folder or lower ones', () => {
    const local = sourceFiles('src/local');
    expect(local.filter((file) => rankIn(LOCAL_LAYERS, file) < 0)).toEqual([]);
    expect(upwardImports(local, 'src/local/', LOCAL_LAYERS)).toEqual([]);
  });

  it('the core uses no Apps Script service and no Node global', () => {
    const code = (file: string): string => readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(core.filter((file) => APPS_SCRIPT_GLOBALS.test(code(file)))).toEqual([]);
    expect(core.filter((file) => /(?<![.\w])(process\.|Buffer\.|__dirname\b|require\(\s*['"])/.test(code(file)))).toEqual([]);
  });

  it('the core names a Sheets menu item only in the surface vocabulary, so no CLI message sends the user to a Sheets menu', () => {
    expect(core.filter((file) => readFileSync(join(ROOT, file), 'utf8').includes('TTS Ops ›'))).toEqual(['src/core/workbook/surface.ts']);
  });

  it('the demo generator needs nothing from the local or Sheets adapters', () => {
    const adapters = sourceFiles('src/demo').flatMap((file) =>
      importsOf(file)
        .filter((target) => /^src\/(local|sheets)\//.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(adapters).toEqual([]);
  });
});
