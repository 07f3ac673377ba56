import { InputError } from '../values/errors';

/** [lowest, highest, whole numbers only] of a numeric setting. */
export type SettingRange = readonly [number, number, boolean];

/** The keys of a settings section whose values are numbers. */
export type NumberKeys<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

/**
 * Settings come from a tab users edit: a value out of its range is an error naming the setting
 * (`Setting 'Late dispatch rate limit' (ldrLimit)`), not a silently odd rate or a flood of findings.
 */
export function checkSettingRanges<T, K extends NumberKeys<T> & string>(
  section: T,
  ranges: Record<K, SettingRange>,
  nameOf: (key: K) => string,
  fractionHint: string,
): void {
  for (const key of Object.keys(ranges) as K[]) {
    const [low, high, whole] = ranges[key];
    const value = section[key] as unknown;
    if (typeof value !== 'number' || !(value >= low && value <= high) || (whole && !Number.isInteger(value))) {
      const kind = whole
        ? `a whole number from ${low} to ${high}`
        : high <= 1
          ? `a fraction from ${low} to ${high} (${fractionHint})`
          : `a number from ${low} to ${high}`;
      throw new InputError(`${nameOf(key)} must be ${kind}; got ${String(value)}.`);
    }
  }
}
