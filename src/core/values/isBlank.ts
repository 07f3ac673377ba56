import { cleanText } from './cleanText';

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'string') {
    const first = value.charCodeAt(0);
    if (first > 32 && first < 127) return false; // printable ASCII: no copy trimmed just to see it
    return cleanText(value) === '';
  }
  return false;
}
