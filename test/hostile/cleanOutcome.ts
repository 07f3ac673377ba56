import { InputError } from '../../src/core/values/errors';
import { isDate } from '../../src/core/values/isDate';

/** Text that shows a value leaked from JavaScript's plumbing instead of the data. */
const GARBAGE = /NaN|Infinity|undefined|\[object |function |=>|is not iterable|is not a function|Cannot read prop/;

/** Every cell of a formula result is a finite number, a date or text free of JavaScript's plumbing. */
export function expectCleanCells(result: unknown): void {
  const cells = Array.isArray(result) ? (result as unknown[]).flat(Infinity) : [result];
  for (const cell of cells) {
    if (typeof cell === 'number') expect(Number.isFinite(cell) ? 'finite' : `a non-finite number ${cell}`).toBe('finite');
    else if (typeof cell === 'string') expect(cell).not.toMatch(GARBAGE);
    else if (!isDate(cell) && typeof cell !== 'boolean') expect(`a ${typeof cell} cell`).toBe('a number, text, date or boolean');
  }
}

/** A clear answer: a clean result, or an InputError whose message is about the input, never JavaScript's own. */
export function expectClearOutcome(run: () => unknown): 'answered' | 'refused' {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message.replace(/'[^']*'/g, "''")).not.toMatch(GARBAGE); // the quoted input may be 'NaN' itself
    return 'refused';
  }
  expectCleanCells(result);
  return 'answered';
}
