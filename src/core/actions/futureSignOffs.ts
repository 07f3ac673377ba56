import type { CheckFinding } from '../qa/checkFinding';
import { formatInstant } from './formatInstant';
import type { QaLogRow } from './qaLogTab';

/** A clock a little ahead of another is no sign of trouble. */
const CLOCK_SLACK_MS = 60_000;

/**
 * A WARNING per QA log row signed after `now` (a skewed clock or an edit): the sign-off status goes
 * by the row appended last, never by this date, so such a row blocks nothing but is worth a look.
 */
export function futureSignOffs(rows: readonly QaLogRow[], tab: string, now: Date, timeZone: string): CheckFinding[] {
  return rows
    .filter((row) => row.at.getTime() > now.getTime() + CLOCK_SLACK_MS)
    .map((row) => ({
      group: 'Accuracy',
      severity: 'WARNING',
      check: 'sign-off-future-date',
      tab,
      a1: `A${row.row}`,
      message: `The sign-off on row ${row.row} is dated ${formatInstant(row.at, timeZone)}, after now (${formatInstant(now, timeZone)}): a clock set wrong, or an edited row.`,
      fix: "Check the signer's clock; sign-offs are ordered by the row appended, so this date decides nothing.",
    }));
}
