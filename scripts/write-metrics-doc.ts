// Rewrites the generated part of docs/METRICS.md (between the metrics:start/end markers).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { metricTableMarkdown } from './metricsDoc';

const path = resolve(__dirname, '../docs/METRICS.md');
const doc = readFileSync(path, 'utf8');
const updated = doc.replace(
  /<!-- metrics:start -->[\s\S]*?<!-- metrics:end -->/,
  () => `<!-- metrics:start -->\n${metricTableMarkdown()}\n<!-- metrics:end -->`,
);
writeFileSync(path, updated);
console.log(updated === doc ? 'docs/METRICS.md already up to date' : 'docs/METRICS.md updated');
