/**
 * Joins parts into one flat string. `a + b` and template literals build V8 rope strings once the
 * result reaches 13 characters; hundreds of thousands of ropes slow generation and garbage collection
 * threefold and make the first reader of each cell pay to flatten it. Real values from Sheets are flat.
 */
export function cat(...parts: (string | number)[]): string {
  return parts.join('');
}
