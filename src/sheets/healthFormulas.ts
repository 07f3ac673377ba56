import { ttsHealth, ttsLdr, ttsSfcr, ttsVtr } from '../core/formulas/healthFormulas';
import { formulaSettings, formulaShop } from './formulaSettings';
import { userFacing } from './userFacing';

/**
 * Late dispatch rate: seller-fulfilled orders shipped in the window after the dispatch SLA (2 business days after the paid day, Mon–Fri without US federal holidays) ÷ orders shipped in the window. FBT orders and pre-orders are left out.
 * @param {A1:BJ} orders The Seller Center order export range, header row included.
 * @param {"2026-11-22"} asOf Optional last day of the window; default the last Paid or Shipped date in the data.
 * @param {30} windowDays Optional window length in days, ending asOf inclusive; default 30.
 * @return {number} LDR as a fraction (format the cell as %); TikTok's limit is 4%.
 * @customfunction
 * @preserve
 */
global.TTS_LDR = (orders: unknown, asOf: unknown, windowDays: unknown) => userFacing(() => ttsLdr(orders, asOf, windowDays, formulaSettings()));

/**
 * Valid tracking rate: seller-fulfilled orders shipped in the window whose Tracking ID is plausible for the carrier in Shipping Provider Name ÷ orders shipped in the window.
 * @param {A1:BJ} orders The Seller Center order export range, header row included.
 * @param {"2026-11-22"} asOf Optional last day of the window; default the last Paid or Shipped date in the data.
 * @param {30} windowDays Optional window length in days, ending asOf inclusive; default 30.
 * @return {number} VTR as a fraction (format the cell as %); TikTok's target is at least 95%.
 * @customfunction
 * @preserve
 */
global.TTS_VTR = (orders: unknown, asOf: unknown, windowDays: unknown) => userFacing(() => ttsVtr(orders, asOf, windowDays, formulaSettings()));

/**
 * Seller-fault cancellation rate: seller-fulfilled orders paid in the window and cancelled by the seller, or by the system for a seller reason (out of stock, failed to ship in time …) ÷ orders paid in the window.
 * @param {A1:BJ} orders The Seller Center order export range, header row included.
 * @param {"2026-11-22"} asOf Optional last day of the window; default the last Paid or Shipped date in the data.
 * @param {30} windowDays Optional window length in days, ending asOf inclusive; default 30.
 * @return {number} SFCR as a fraction (format the cell as %); TikTok's limit is 2.5%.
 * @customfunction
 * @preserve
 */
global.TTS_SFCR = (orders: unknown, asOf: unknown, windowDays: unknown) => userFacing(() => ttsSfcr(orders, asOf, windowDays, formulaSettings()));

/**
 * Account health table: LDR, VTR, SFCR, Cancel rate and Refund rate with target, status (OK, WATCH, AT RISK, NOT ENOUGH DATA), counts and a note saying how many more late shipments or cancellations would breach the limit.
 * @param {A1:BJ} orders The Seller Center order export range, header row included.
 * @param {"2026-11-22"} asOf Optional last day of the window; default the last Paid or Shipped date in the data.
 * @param {30} windowDays Optional window length in days, ending asOf inclusive; default 30.
 * @return A table: Metric, Value, Target, Status, Numerator, Denominator, Note.
 * @customfunction
 * @preserve
 */
global.TTS_HEALTH = (orders: unknown, asOf: unknown, windowDays: unknown) =>
  userFacing(() => {
    const { settings, format } = formulaShop();
    return ttsHealth(orders, asOf, windowDays, settings, format);
  });
