import { importOrders } from '../../../src/core/actions/importOrders';
import { apiOrdersToExportRows } from '../../../src/core/api/mapApiOrders';
import { returnsByOrder } from '../../../src/core/api/orderReturns';
import { ttsPivot } from '../../../src/core/formulas/pivotFormula';
import type { MarketCode } from '../../../src/core/markets/marketCodes';
import type { CellValue } from '../../../src/core/values/cellValue';
import { DEFAULT_WORKBOOK_SETTINGS, withMarket } from '../../../src/core/workbook/settingsTab';
import { apiOrders, apiReturns } from '../../fixtures/apiOrders';

const ISO = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** A pulled time as the market's export writes it: month first with AM/PM (US, DE), day first on a 24-hour clock (ID), a tab at the end. */
function asExportWrites(cell: CellValue, market: MarketCode): CellValue {
  const match = typeof cell === 'string' ? ISO.exec(cell) : null;
  if (!match) return cell;
  const [, y, mo, d, h, mi, s] = match;
  if (market === 'ID') return `${d}/${mo}/${y} ${h}:${mi}:${s}\t`;
  const hour = Number(h) % 12 || 12;
  return `${mo}/${d}/${y} ${hour}:${mi}:${s} ${Number(h) < 12 ? 'AM' : 'PM'}\t`;
}

describe.each(['US', 'DE', 'ID'] as const)('pulled times in a %s workbook', (market) => {
  const { settings } = withMarket(DEFAULT_WORKBOOK_SETTINGS, market);
  const pulled = apiOrdersToExportRows(apiOrders(), settings.timeZone, returnsByOrder(apiReturns()));
  const exported = pulled.map((row, r) => (r === 0 ? row : row.map((cell) => asExportWrites(cell, market))));
  const byDay = (rows: unknown) => ttsPivot(rows, 'day', 'GMV, Net GMV, Orders, Units, Cancel rate', '', '', settings);

  it("read as the market's own export reads, alone or on a tab that already holds export rows", () => {
    expect(byDay(pulled)).toEqual(byDay(exported));
    const mixed = importOrders(importOrders(undefined, exported.slice(0, 3)).values, pulled);
    expect([mixed.added, mixed.duplicates]).toEqual([2, 2]);
    expect(byDay(mixed.values)).toEqual(byDay(exported));
  });
});
