export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** One problem a QA check found in one row of a table. */
export interface Finding {
  /** Position in the given range, counting the header row as 1. */
  row: number;
  /** Header text of the cell at fault. */
  column?: string;
  severity: Severity;
  /** Check id, e.g. 'title-length'. */
  check: string;
  message: string;
  fix: string;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { ERROR: 0, WARNING: 1, INFO: 2 };

/** Findings in row order, the most severe first within a row; the order of discovery otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.row - b.row || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]); // sort is stable
}
