import { isBlank } from '../values/isBlank';
import { parseDateTime } from '../values/parseDateTime';
import { normalizeHeader } from './normalizeHeader';
import { isSummaryLabel } from './summaryRows';

/** How many filled cells under a blank header are looked at to call it a date column. */
const SAMPLE = 20;

/**
 * The column of an analytics table whose header is blank and whose cells (totals and change labels aside) are all
 * dates: Indonesian shop analytics leave the date column's header empty. -1 when there is none.
 */
export function unlabelledDateColumn(values: readonly (readonly unknown[])[], headerRow: number): number {
  const header = values[headerRow] ?? [];
  const width = Math.max(header.length, values[headerRow + 1]?.length ?? 0);
  for (let c = 0; c < width; c++) {
    if (normalizeHeader(header[c]) !== '') continue;
    let dates = 0;
    let others = 0;
    for (let r = headerRow + 1; r < values.length && dates + others < SAMPLE; r++) {
      const cell = values[r]?.[c];
      if (isBlank(cell) || isSummaryLabel(cell)) continue;
      const wall = parseDateTime(typeof cell === 'string' ? cell.trim() : cell, 'DMY', 'UTC');
      if (wall !== undefined && !isNaN(wall) && typeof cell !== 'number') dates++;
      else others++;
    }
    if (dates > 0 && others === 0) return c;
  }
  return -1;
}
