import { cleanText } from './cleanText';

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'string') return cleanText(value) === '';
  return false;
}
