import type { Severity } from './finding';

/** The checklist's groups, in the order the sidebar and the CLI show them. */
export const CHECK_GROUPS = ['Accuracy', 'Links', 'Pricing', 'Promo eligibility', 'Compliance'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

/** One finding of the workbook-level checklist, naming the cell it is about. */
export interface CheckFinding {
  readonly group: CheckGroup;
  readonly severity: Severity;
  /** Check id, e.g. 'gmv-mismatch', 'title-length'. */
  readonly check: string;
  readonly tab: string;
  /** `B7`. */
  readonly a1: string;
  readonly message: string;
  readonly fix: string;
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: readonly { readonly severity: Severity }[]): SeverityCounts {
  const counts: SeverityCounts = { ERROR: 0, WARNING: 0, INFO: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `1 error, 2 warnings, 0 notes`: the checklist's counts, as check, sign-off and refresh print them. */
export function countsText(counts: SeverityCounts): string {
  return `${plural(counts.ERROR, 'error')}, ${plural(counts.WARNING, 'warning')}, ${plural(counts.INFO, 'note')}`;
}
