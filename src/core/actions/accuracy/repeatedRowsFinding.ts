import { analyticsRepeats, repeatedRowsNote } from '../../metrics/analyticsRepeats';
import type { CheckFinding } from '../../qa/checkFinding';
import type { Settings } from '../../settings/settings';
import type { AnalyticsColumnKey } from '../../table/columns';
import type { Table } from '../../table/readTable';

/** An Analytics export pasted twice: counted once, said once (INFO), so the tab can be tidied. */
export function repeatedRowsFinding(table: Table<AnalyticsColumnKey>, tab: string, settings: Settings): CheckFinding | undefined {
  const repeats = analyticsRepeats(table, settings);
  const message = repeatedRowsNote(table, repeats);
  if (!message || !repeats.first) return undefined;
  return {
    group: 'Accuracy',
    severity: 'INFO',
    check: 'analytics-repeated-rows',
    tab,
    a1: `A${repeats.first.row + 1}`,
    message,
    fix: 'Nothing to fix in the numbers; delete the repeated rows to tidy the tab (the import adds each row once).',
  };
}
