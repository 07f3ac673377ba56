import { shopFormat } from '../shopFormat';
import { HEALTH_HEADER } from '../../formulas/healthFormulas';
import type { MarketCode } from '../../markets/marketCodes';
import { unsourcedNotes } from '../../settings/marketDefaults';
import { healthReport, type HealthReport } from '../../health/healthReport';
import { STATUS_FILLS } from '../../health/statusFills';
import { formatDay } from '../../values/calendarDay';
import { READOUT_TABS } from '../tabNames';
import type { TabContent } from '../workbookPort';
import { readoutColumns, READOUT_FROZEN_ROWS, startReadout, writeSection, type ReadoutContext } from './readoutContext';
import type { SalesInput } from './salesInput';

export interface HealthReadout {
  readonly content: TabContent;
  readonly report: HealthReport | undefined;
}

/** Which market's defaults apply, and which of its values had no source (the US value applies). */
function marketNote(market: MarketCode | ''): string {
  if (!market) return 'No market set (Settings client.market): the US limits and holiday calendar apply.';
  const unsourced = unsourcedNotes(market);
  return `Market ${market}.${unsourced.length ? ` ${unsourced.join(' ')}` : ''}`;
}

/** `TTS · Health`: the health table of the Orders tab over the settings' window, each row coloured by its status. */
export function healthTab(context: ReadoutContext, orders: SalesInput): HealthReadout {
  const { health } = context.settings;
  const definition =
    `account health over the ${health.windowDays} days ending on the last paid or shipped day. LDR = orders shipped after the ` +
    `${health.dispatchSlaBusinessDays}-business-day dispatch SLA ÷ orders shipped; VTR = shipped packages (by Package ID; orders without it) with valid tracking ÷ shipped packages; ` +
    'SFCR = paid orders cancelled for a seller reason ÷ paid orders (FBT orders left out of all three). ' +
    'Limits come from the Settings tab (defaults: TikTok Shop Seller University, see docs/CHECKS.md). ' +
    marketNote(context.client.market);
  const builder = startReadout(context, READOUT_TABS.health, definition);
  const title = 'Account health';
  let report: HealthReport | undefined;
  if (!orders.ok) builder.heading([title]).line(orders.problem);
  else {
    report = writeSection(builder, title, orders.sales.table.sheet, () => {
      const result = healthReport(orders.values, { format: shopFormat(context) }, context.settings, orders.sales.table.sheet);
      builder.heading([`${title}: ${formatDay(result.window.from)} – ${formatDay(result.window.to)}`]).heading(HEALTH_HEADER);
      const f = context.formats;
      for (const r of result.rows) {
        builder.row(
          [r.metric, r.value ?? '', r.target, r.status, r.numerator, r.denominator, r.note],
          [null, f.percent, null, null, f.count, f.count, null],
          STATUS_FILLS[r.status],
        );
      }
      return result;
    });
  }
  return { content: builder.build(READOUT_FROZEN_ROWS, [...readoutColumns(6), { column: 6, width: 520 }]), report };
}
