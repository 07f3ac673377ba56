import { cappedList } from '../values/cappedList';
import type { ImportedRows } from './importRows';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * "Imported week47.csv into client.xlsx (Orders): read 6 lines; 3 added, 1 updated (…), 2 skipped (1 description row, 1 line without an Order ID)."
 * Every line under the export's header is accounted for.
 */
export function importSummaryText(result: ImportedRows, exportName: string, target: string, tab: string): string {
  const { descriptionRows, repeatedHeaders, summaryRows = 0 } = result.skippedRows;
  const reasons = [
    descriptionRows ? count(descriptionRows, 'description row', 'description rows') : '',
    repeatedHeaders ? count(repeatedHeaders, 'repeated header row', 'repeated header rows') : '',
    summaryRows ? count(summaryRows, 'totals row', 'totals rows') : '',
    result.skipped ? count(result.skipped, ...result.unkeyed) : '',
  ].filter(Boolean);
  const skipped = descriptionRows + repeatedHeaders + summaryRows + result.skipped;
  const read = result.added + result.duplicates + skipped;
  const parts = [
    `${result.added} added`,
    `${result.duplicates} updated (already there, replaced by this export's version)`,
    `${skipped} skipped${reasons.length ? ` (${reasons.join(', ')})` : ''}`,
  ];
  const columns =
    (result.newColumns.length ? ` New columns added: ${cappedList(result.newColumns, 'columns')}.` : '') +
    (result.repeatedColumns.length ? ` Left out, as repeats of an earlier column: ${cappedList(result.repeatedColumns, 'columns')}.` : '');
  const { clashes } = result;
  const clashText = clashes.count
    ? ` ${count(clashes.count, 'line has', 'lines have')} the ${clashes.identity} of an earlier line of ${exportName} but other values ` +
      `(first: row ${clashes.firstRow}): only the later line is kept, so check the export.`
    : '';
  return `Imported ${exportName} into ${target} (${tab}): read ${count(read, 'line', 'lines')}; ${parts.join(', ')}.${clashText}${columns}`;
}
