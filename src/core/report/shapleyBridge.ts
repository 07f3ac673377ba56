/**
 * The change of a product of three factors, a·b·c, split into one effect per factor by the Shapley
 * value: each factor's average marginal effect over the 6 orders in which the factors could change.
 * Closed form for factor a: Δa·[(b₀c₀ + b₁c₁)/3 + (b₀c₁ + b₁c₀)/6]; the three effects sum exactly to
 * a₁b₁c₁ − a₀b₀c₀, are symmetric, and need no positive values (a log split fails on zeros).
 */
export function shapleyEffects(before: readonly [number, number, number], after: readonly [number, number, number]): [number, number, number] {
  const effect = (i: number): number => {
    const [j, k] = [0, 1, 2].filter((x) => x !== i);
    const [b0, c0, b1, c1] = [before[j], before[k], after[j], after[k]];
    return (after[i] - before[i]) * ((b0 * c0 + b1 * c1) / 3 + (b0 * c1 + b1 * c0) / 6);
  };
  return [effect(0), effect(1), effect(2)];
}

/**
 * Effects rounded to cents that sum exactly to the change rounded to cents: the rounding remainder
 * (a cent or two) goes to the largest effect, so no effect moves by more than its own rounding.
 */
export function centsSummingTo(effects: readonly number[], total: number): number[] {
  const cents = effects.map((e) => Math.round(e * 100));
  const remainder = Math.round(total * 100) - cents.reduce((a, b) => a + b, 0);
  let largest = 0;
  for (let i = 1; i < cents.length; i++) if (Math.abs(effects[i]) > Math.abs(effects[largest])) largest = i;
  cents[largest] += remainder;
  return cents.map((c) => c / 100);
}
