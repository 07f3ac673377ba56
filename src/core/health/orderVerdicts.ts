/**
 * What a rate decided about one order, per order in a Uint8Array: the rates and the evidence pack
 * read the same decisions, so the pack lists exactly the orders the rate counted.
 */
export const VERDICT = {
  /** Not the rate's: outside the window, or not shipped / paid. */
  notCounted: 0,
  /** In the denominator, not against the shop. */
  fine: 1,
  /** In the denominator and counted against the shop (late, without valid tracking, a seller-fault cancellation). */
  against: 2,
  /** In the window but left out by rule (FBT, a pre-order, no Paid Time). */
  leftOut: 3,
} as const;

/** The orders a rate counted, and of those the ones against the shop. */
export function verdictCounts(verdicts: Uint8Array): { counted: number; against: number } {
  let counted = 0;
  let against = 0;
  for (const verdict of verdicts) {
    if (verdict === VERDICT.fine) counted++;
    else if (verdict === VERDICT.against) {
      counted++;
      against++;
    }
  }
  return { counted, against };
}
