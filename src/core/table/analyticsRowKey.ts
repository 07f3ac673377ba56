import type { Settings } from '../settings/settings';
import { cleanText } from '../values/cleanText';
import type { AnalyticsColumnKey } from './columns';
import { dayCellReader } from './readDayColumn';
import type { Table } from './readTable';

/**
 * What a Data Compass export holds once: a day (read as the metrics read it: the date order and market rules apply) and a
 * product (Product ID, else product name; none for a shop-level table). The importer's de-duplication and the read of the
 * Analytics tab share it. Undefined for a row without a date; a table without a date column is one period ('all').
 */
export function analyticsRowKeys(table: Table<AnalyticsColumnKey>, settings: Settings): (r: number) => string | undefined {
  const dateCol = table.index('date');
  const dayOf = dateCol >= 0 ? dayCellReader(table, dateCol, settings) : () => 'all';
  return (r) => {
    const day = dayOf(r);
    if (day === undefined) return undefined;
    const row = table.values[r];
    const id = cleanText(row[table.index('productId')]);
    const product = id ? `id:${id}` : `name:${cleanText(row[table.index('productName')])}`;
    return `${day}\u0000${product}`;
  };
}
