import { ttsCompare } from '../core/formulas/compareFormula';
import { ttsAov, ttsCancelRate, ttsCtr, ttsCvr, ttsGmv, ttsOrders, ttsRefundRate, ttsUnits } from '../core/formulas/kpiFormulas';
import { ttsPivot } from '../core/formulas/pivotFormula';
import { formulaSettings } from './formulaSettings';
import { userFacing } from './userFacing';

/**
 * GMV of a Seller Center order export or a product analytics table: by Paid Time, cancelled and refunded orders included (Seller Center's definition).
 * @param {A1:BJ} table The export range, header row included.
 * @param {"2026-11-01"} start Optional first day (a date or YYYY-MM-DD), inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @param {"net"} basis Optional: "gross" (default) or "net" (cancelled orders left out, refunds subtracted once per order).
 * @return {number} GMV in the shop's currency.
 * @customfunction
 * @preserve
 */
global.TTS_GMV = (table: unknown, start: unknown, end: unknown, basis: unknown) =>
  userFacing(() => ttsGmv(table, start, end, basis, formulaSettings()));

/**
 * Distinct paid orders (by Order ID); on an analytics table, the sum of Orders.
 * @param {A1:BJ} table The export range, header row included.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return {number} Paid orders.
 * @customfunction
 * @preserve
 */
global.TTS_ORDERS = (table: unknown, start: unknown, end: unknown) => userFacing(() => ttsOrders(table, start, end, formulaSettings()));

/**
 * Units sold: sum of Quantity on paid orders; on an analytics table, the sum of Items sold.
 * @param {A1:BJ} table The export range, header row included.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return {number} Units.
 * @customfunction
 * @preserve
 */
global.TTS_UNITS = (table: unknown, start: unknown, end: unknown) => userFacing(() => ttsUnits(table, start, end, formulaSettings()));

/**
 * Average order value: GMV ÷ paid orders, both summed over the period.
 * @param {A1:BJ} table The export range, header row included.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return {number} AOV in the shop's currency.
 * @customfunction
 * @preserve
 */
global.TTS_AOV = (table: unknown, start: unknown, end: unknown) => userFacing(() => ttsAov(table, start, end, formulaSettings()));

/**
 * Click-through rate of a product analytics table: sum of Product clicks ÷ sum of Product impressions.
 * @param {A1:U} table The analytics range, header row included.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return {number} CTR as a fraction (format the cell as %).
 * @customfunction
 * @preserve
 */
global.TTS_CTR = (table: unknown, start: unknown, end: unknown) => userFacing(() => ttsCtr(table, start, end, formulaSettings()));

/**
 * Conversion rate of a product analytics table: sum of Customers ÷ sum of Visitors (Unique clicks when there is no Visitors column).
 * @param {A1:U} table The analytics range, header row included.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return {number} CVR as a fraction (format the cell as %).
 * @customfunction
 * @preserve
 */
global.TTS_CVR = (table: unknown, start: unknown, end: unknown) => userFacing(() => ttsCvr(table, start, end, formulaSettings()));

/**
 * Refund rate: paid orders with a return or refund ÷ paid orders.
 * @param {A1:BJ} table The order export range, header row included.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return {number} Refund rate as a fraction.
 * @customfunction
 * @preserve
 */
global.TTS_REFUND_RATE = (table: unknown, start: unknown, end: unknown) => userFacing(() => ttsRefundRate(table, start, end, formulaSettings()));

/**
 * Cancel rate: paid orders later cancelled (by anyone) ÷ paid orders.
 * @param {A1:BJ} table The order export range, header row included.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return {number} Cancel rate as a fraction.
 * @customfunction
 * @preserve
 */
global.TTS_CANCEL_RATE = (table: unknown, start: unknown, end: unknown) => userFacing(() => ttsCancelRate(table, start, end, formulaSettings()));

/**
 * A pivot table of metrics by day, week (Monday start), month or any column, with a Total row computed from its own sums.
 * @param {A1:BJ} table The export range, header row included.
 * @param {"week"} rows day, week, month, or a header such as "Seller SKU".
 * @param {"GMV,Orders,AOV"} metrics Comma list of GMV, Net GMV, Orders, Units, AOV, CTR, CVR, Refund rate, Cancel rate.
 * @param {"2026-11-01"} start Optional first day, inclusive.
 * @param {"2026-11-30"} end Optional last day, inclusive.
 * @return A table: header row, one row per group, Total.
 * @customfunction
 * @preserve
 */
global.TTS_PIVOT = (table: unknown, rows: unknown, metrics: unknown, start: unknown, end: unknown) =>
  userFacing(() => ttsPivot(table, rows, metrics, start, end, formulaSettings()));

/**
 * Compares metrics between two periods: WoW (7 days vs the 7 before), MoM, QoQ, YoY (calendar periods to date vs the one before, same number of days), YoY-week, YoY-month.
 * @param {A1:BJ} table The export range, header row included.
 * @param {"GMV,Orders,AOV,Cancel rate"} metrics Comma list of metrics.
 * @param {"WoW"} period WoW, MoM, QoQ, YoY, YoY-week or YoY-month.
 * @param {"2026-11-22"} asOf Optional last day of the current period; default the last date in the data.
 * @return A table: Metric, Current, Previous, Change (percentage points for rates), Change %.
 * @customfunction
 * @preserve
 */
global.TTS_COMPARE = (table: unknown, metrics: unknown, period: unknown, asOf: unknown) =>
  userFacing(() => ttsCompare(table, metrics, period, asOf, formulaSettings()));
