import { InputError } from './errors';

/**
 * The last guard before a number reaches a cell: a formula result or read-out tab holding Infinity
 * or NaN (sums of absurd amounts) is refused instead of shown.
 */
export function assertFiniteCells(values: unknown, where: string): void {
  const cells = Array.isArray(values) ? (values as unknown[]).flat(2) : [values];
  for (const cell of cells) {
    if (typeof cell === 'number' && !Number.isFinite(cell)) {
      throw new InputError(
        `${where}: a result is too large to show: some amount or quantity in the data is absurdly large; look for a typo such as 1e400.`,
      );
    }
  }
}
