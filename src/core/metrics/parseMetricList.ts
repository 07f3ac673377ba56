import { excerpt, InputError } from '../values/errors';
import { normalizeHeader } from '../table/normalizeHeader';
import { CHANNEL_LABELS, CHANNEL_METRICS, METRICS, type MetricDef } from './metricCatalog';

const BY_NAME = new Map<string, MetricDef>();
for (const metric of METRICS) for (const name of [metric.name, ...metric.aliases]) BY_NAME.set(normalizeHeader(name), metric);

const CHANNEL_NAMES = new Set(CHANNEL_METRICS.map((m) => m.name));

/** The metrics a message lists: the core ones by name, the channel ones as one family (a 700-character line otherwise). */
const KNOWN_METRICS =
  `${METRICS.filter((m) => !CHANNEL_NAMES.has(m.name))
    .map((m) => m.name)
    .join(', ')}. ` +
  `From the Analytics export's channel columns: '<channel> GMV' and '<channel> share of GMV' for ${Object.values(CHANNEL_LABELS).join(', ')}`;

export function findMetric(name: string): MetricDef {
  const metric = BY_NAME.get(normalizeHeader(name));
  if (!metric) throw new InputError(`Unknown metric '${excerpt(name)}'. Use one of: ${KNOWN_METRICS}.`);
  return metric;
}

/** `"GMV, Orders, AOV"`, or a range of metric names, as metric definitions in the order given. */
export function parseMetricList(value: unknown): MetricDef[] {
  const names = (Array.isArray(value) ? value.flat() : [value])
    .flatMap((cell) => String(cell ?? '').split(','))
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.length) throw new InputError(`No metrics given. Use a comma list such as "GMV, Orders, AOV" (known: ${KNOWN_METRICS}).`);
  return names.map(findMetric);
}
