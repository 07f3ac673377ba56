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

  it('the core uses no Apps Script service and no Node global', () => {
    const code = (file: string): string => readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(core.filter((file) => APPS_SCRIPT_GLOBALS.test(code(file)))).toEqual([]);
    expect(core.filter((file) => /(?<![.\w])(process\.|Buffer\.|__dirname\b|require\(\s*['"])/.test(code(file)))).toEqual([]);
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
