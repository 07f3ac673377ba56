import { excerpt, InputError } from '../values/errors';
import { normalizeHeader } from '../table/normalizeHeader';
import { METRICS, type MetricDef } from './metricCatalog';

const BY_NAME = new Map<string, MetricDef>();
for (const metric of METRICS) for (const name of [metric.name, ...metric.aliases]) BY_NAME.set(normalizeHeader(name), metric);

export function findMetric(name: string): MetricDef {
  const metric = BY_NAME.get(normalizeHeader(name));
  if (!metric) throw new InputError(`Unknown metric '${excerpt(name)}'. Use one of: ${METRICS.map((m) => m.name).join(', ')}.`);
  return metric;
}

/** `"GMV, Orders, AOV"`, or a range of metric names, as metric definitions in the order given. */
export function parseMetricList(value: unknown): MetricDef[] {
  const names = (Array.isArray(value) ? value.flat() : [value])
    .flatMap((cell) => String(cell ?? '').split(','))
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.length)
    throw new InputError(`No metrics given. Use a comma list such as "GMV, Orders, AOV" (known: ${METRICS.map((m) => m.name).join(', ')}).`);
  return names.map(findMetric);
}
