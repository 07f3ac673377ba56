// Sections of docs/ rendered from the code's own tables (metrics, QA rules), so the docs cannot drift.
import { resolve } from 'node:path';
import { metricTableMarkdown } from './docs/metricsDoc';
import { qaChecksMarkdown } from './docs/qaDoc';
import { marketsMarkdown } from './docs/marketsDoc';
import { apiMappingMarkdown } from './docs/apiDoc';

export interface GeneratedSection {
  readonly path: string;
  readonly marker: string;
  readonly render: () => string;
}

export const GENERATED_SECTIONS: readonly GeneratedSection[] = [
  { path: resolve(__dirname, '../docs/METRICS.md'), marker: 'metrics', render: metricTableMarkdown },
  { path: resolve(__dirname, '../docs/CHECKS.md'), marker: 'qa', render: qaChecksMarkdown },
  { path: resolve(__dirname, '../docs/MARKETS.md'), marker: 'markets', render: marketsMarkdown },
  { path: resolve(__dirname, '../docs/API.md'), marker: 'api-mapping', render: apiMappingMarkdown },
];

export function renderedSection(section: GeneratedSection): string {
  return `<!-- ${section.marker}:start -->\n${section.render()}\n<!-- ${section.marker}:end -->`;
}

export function withSection(doc: string, section: GeneratedSection): string {
  const pattern = new RegExp(`<!-- ${section.marker}:start -->[\\s\\S]*?<!-- ${section.marker}:end -->`);
  return doc.replace(pattern, () => renderedSection(section));
}
