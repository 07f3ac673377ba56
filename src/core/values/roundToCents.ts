/** Sums of cents carry binary fractions (0.1 + 0.2): an amount is compared and shown to the cent (a whole-yen amount is unchanged). */
export function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
