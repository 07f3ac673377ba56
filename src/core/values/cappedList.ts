import { excerpt } from './errors';

/** How many names a message lists: a file with 10,000 columns must not print a 118 KB line. */
export const LISTED_NAMES = 10;

/** "A, B, C"; past the cap "10,000 columns: A, B, …, J, … and 9,990 more". Each name is cut as `excerpt` cuts it. */
export function cappedList(names: readonly string[], noun: string, max = LISTED_NAMES): string {
  const shown = names.slice(0, max).map(excerpt).join(', ');
  if (names.length <= max) return shown;
  const count = (n: number): string => n.toLocaleString('en-US');
  return `${count(names.length)} ${noun}: ${shown}, … and ${count(names.length - max)} more`;
}
