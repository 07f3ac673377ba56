import type { Settings } from '../settings/settings';
import { findColumn, findHeaderRow, headerIndex } from '../table/findHeaderRow';
import { normalizeHeader } from '../table/normalizeHeader';
import { cleanText } from '../values/cleanText';
import { LINK_CHECK_HEADER, LINK_COLUMNS } from './linkColumns';
import { utmProblems } from './utm';

const YES = new Set(['true', 'yes', 'y', 'x', '1', '✓', '✔']);

/** Whether an 'Ad template' cell marks its link as a TikTok ad URL template: TRUE, yes, y, x, 1 or a tick. */
export const isAdTemplate = (cell: unknown): boolean => cell === true || YES.has(cleanText(cell).toLowerCase());

/** 'OK', the problems joined with '; ', or '' for a blank cell. */
export function utmCheckText(url: unknown, settings: Settings, adTemplate = false): string {
  const text = cleanText(url);
  if (text === '') return '';
  const problems = utmProblems(text, settings, adTemplate);
  return problems.length ? problems.join('; ') : 'OK';
}

/**
 * TTS_UTM_CHECK over a range. A links table (a header row with 'URL' or an alias) gives one result per
 * row: 'UTM check' on the header row, blank above it and on blank rows, the 'Ad template' column
 * allowing TikTok macros. Any other range gives one result per cell.
 */
export function utmCheckRange(values: readonly (readonly unknown[])[], settings: Settings): string[][] {
  const headerRow = findHeaderRow(values, [LINK_COLUMNS.url]);
  if (headerRow < 0) return values.map((row) => row.map((cell) => utmCheckText(cell, settings)));
  const index = headerIndex(values[headerRow]);
  const urlCol = findColumn(index, LINK_COLUMNS.url);
  const templateCol = findColumn(index, LINK_COLUMNS.adTemplate);
  const urlHeader = normalizeHeader(values[headerRow][urlCol]);
  return values.map((row, r) => {
    const url = row[urlCol];
    if (r < headerRow) return [''];
    if (r === headerRow || normalizeHeader(url) === urlHeader) return [LINK_CHECK_HEADER];
    const template = templateCol >= 0 && isAdTemplate(row[templateCol]);
    return [utmCheckText(url, settings, template)];
  });
}
