import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { metricTableMarkdown } from '../../scripts/metricsDoc';

describe('docs/METRICS.md', () => {
  it('holds the metric table generated from the catalog (run scripts/write-metrics-doc.ts when it fails)', () => {
    const doc = readFileSync(resolve(__dirname, '../../docs/METRICS.md'), 'utf8');
    expect(doc).toContain(`<!-- metrics:start -->\n${metricTableMarkdown()}\n<!-- metrics:end -->`);
  });
});
