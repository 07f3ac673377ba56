import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * The sidebar as one self-contained HTML file: sidebar/index.html with sidebar/style.css and the
 * bundled sidebar/main.ts inlined, so the page makes no request of its own (no CDN, font or image).
 */
export async function sidebarHtml(root: string): Promise<string> {
  const bundle = await build({
    entryPoints: [resolve(root, 'sidebar/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
  });
  const script = bundle.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = readFileSync(resolve(root, 'sidebar/style.css'), 'utf8');
  if (/<\/style/i.test(style)) throw new Error('sidebar/style.css must not contain </style');
  const template = readFileSync(resolve(root, 'sidebar/index.html'), 'utf8');
  for (const marker of ['/* STYLE */', '/* SCRIPT */']) if (!template.includes(marker)) throw new Error(`sidebar/index.html lacks ${marker}`);
  return template.replace('/* STYLE */', () => style).replace('/* SCRIPT */', () => script);
}
