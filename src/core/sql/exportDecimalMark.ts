import { InputError } from '../values/errors';
import { readsAsThousandsOrDecimals, type DecimalMark } from '../values/parseNumber';
import type { OrderColumnKey } from '../table/columns';
import { columnDecimalMark } from '../table/readNumberCell';
import type { Table } from '../table/readTable';
import { ORDER_TABLE_COLUMNS } from './orderTableSchema';

/** The decimal mark the export's amounts show (`1.234,56`, `GBP 8.00`), else `fallback` (--decimal-mark, the market's); '.' when none is ambiguous; refused when `50.000` could be either. */
export function exportDecimalMark(table: Table<OrderColumnKey>, source: string, fallback: DecimalMark | undefined): DecimalMark {
  const amounts = ORDER_TABLE_COLUMNS.filter((column) => column.type === 'NUMERIC').map((column) => table.index(column.source.key as OrderColumnKey));
  for (const col of amounts) {
    const mark = col >= 0 ? columnDecimalMark(table, col) : undefined;
    if (mark) return mark;
  }
  if (fallback) return fallback;
  for (const col of amounts.filter((c) => c >= 0))
    for (const r of table.rows) {
      const cell = table.values[r][col];
      if (typeof cell === 'string' && readsAsThousandsOrDecimals(cell.replace(/[^\d.,-]/g, '')))
        throw new InputError(
          `${table.cellName(r, col)}: an amount that reads as thousands or as decimals, and no amount in ${source} tells which; give --decimal-mark . or ,.`,
        );
    }
  return '.';
}
