import { sortFindings, type Finding } from './finding';
import { fillTemplate, type MessageValues, type Rules } from './rule';

/** Collects findings of one run, each built from its rule's row in a check table. */
export class FindingList<Id extends string> {
  private readonly found: Finding[] = [];

  constructor(private readonly rules: Rules<Id>) {}

  add(id: Id, row: number, column: string | undefined, values: MessageValues = {}): void {
    const rule = this.rules[id];
    const finding: Finding = {
      row,
      severity: rule.severity,
      check: id,
      message: fillTemplate(rule.message, values),
      fix: fillTemplate(rule.fix, values),
    };
    if (column) finding.column = column;
    this.found.push(finding);
  }

  sorted(): Finding[] {
    return sortFindings(this.found);
  }
}
