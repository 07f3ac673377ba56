/** The rates an evidence pack can be built for: the three TikTok enforces order by order. */
export const EVIDENCE_METRICS = ['LDR', 'VTR', 'SFCR'] as const;
export type EvidenceMetric = (typeof EVIDENCE_METRICS)[number];

/** `ldr`, ` VTR ` → the metric; undefined for anything else. */
export function evidenceMetricOf(text: unknown): EvidenceMetric | undefined {
  const upper = String(text ?? '')
    .trim()
    .toUpperCase();
  return EVIDENCE_METRICS.find((metric) => metric === upper);
}
