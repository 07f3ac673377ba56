// The metric table of docs/METRICS.md, rendered from the catalog so the docs cannot drift from the code.
import { METRICS } from '../../src/core/metrics/metricCatalog';

const FORMATS = { money: 'money', count: 'count', percent: 'percent (a fraction; format as %)' } as const;

export function metricTableMarkdown(): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = [
    '| metric | aliases | formula | format | good when | tables | definition | source |',
    '|---|---|---|---|---|---|---|---|',
    ...METRICS.map((m) =>
      [
        m.name,
        m.aliases.join(', '),
        m.denominator ? `${m.numerator} ÷ ${m.denominator}` : `Σ ${m.numerator}`,
        FORMATS[m.format],
        m.higherIsBetter ? 'higher' : 'lower',
        m.tables.join(', '),
        escape(m.definition),
        escape(m.source),
      ].join(' | '),
    ).map((row) => `| ${row} |`),
  ];
  return lines.join('\n');
}
