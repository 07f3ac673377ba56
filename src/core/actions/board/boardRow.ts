import { NEUTRAL_SETUP } from '../../workbook/surface';
import { compareMetrics } from '../../formulas/compareFormula';
import { HealthOrders } from '../../health/healthOrders';
import { healthReport, type HealthMetric, type HealthStatus } from '../../health/healthReport';
import { ORDERS_DUE_COLUMNS, ordersDue, type OrdersDue } from '../../health/ordersDue';
import { countsPackages } from '../../health/validTrackingRate';
import type { MarketCode } from '../../markets/marketCodes';
import { formatDay, startOfWeek } from '../../values/calendarDay';
import { InputError } from '../../values/errors';
import { zonedDay } from '../../values/wallClock';
import { checkDateCellZone } from '../../workbook/checkDateCellZone';
import { memoizedInputReader } from '../../workbook/inputReader';
import { tabState } from '../../workbook/ownedTabs';
import { gmvChange } from '../../workbook/readout/kpiTab';
import { ORDERS_HELP, salesInput } from '../../workbook/readout/salesInput';
import { workbookSettings } from '../../workbook/settingsTab';
import { shopFormat } from '../../workbook/shopFormat';
import { INPUT_TABS } from '../../workbook/tabNames';
import type { Workbook } from '../../workbook/workbookPort';
import { checklistOf } from '../check';
import { lastExport } from '../export/exportsLog';
import { ACTION_ITEMS, PLAN_MILESTONES, trackerSection } from '../export/trackerTable';
import { LAST_REFRESH_PROPERTY } from '../refreshReadout';
import { signOffStatusOf } from '../signOffStatus';

/** One health rate of a client as the read-out has it: value a fraction (null: no orders to divide by). */
export interface BoardHealth {
  readonly metric: HealthMetric;
  readonly value: number | null;
  readonly status: HealthStatus;
  /** The early warning ("3 more late shipments this window would breach 4%."). */
  readonly warning: string;
}

/** An open tracker row due this week (or overdue). */
export interface BoardTrackerItem {
  readonly tab: string;
  readonly text: string;
  readonly owner: string;
  /** YYYY-MM-DD */
  readonly due: string;
  readonly overdue: boolean;
}

/** One client workbook on the board; every field but `file` and `error` is empty when the workbook could not be read. */
export interface BoardRow {
  readonly file: string;
  readonly client: string;
  readonly market: MarketCode | '';
  readonly currency: string;
  /** The last Paid Time and the shop's zone: `2026-11-22 23:47 (America/Los_Angeles)`. */
  readonly dataThrough: string | null;
  /** When the read-out tabs were last refreshed (ISO), null when never. */
  readonly refreshedAt: string | null;
  readonly health: readonly BoardHealth[];
  /** What VTR counted: packages ('Package ID' present) or orders. */
  readonly vtrCounts: 'packages' | 'orders' | null;
  readonly ordersDue: OrdersDue | null;
  /** GMV of the last 7 days vs the 7 before (previous null when the data covers that week only in part). */
  readonly gmv: { readonly current: number; readonly previous: number | null } | null;
  readonly qa: { readonly errors: number; readonly warnings: number } | null;
  readonly lastSignOff: { readonly by: string; readonly at: string; readonly current: boolean } | null;
  readonly lastExport: { readonly at: string; readonly by: string; readonly cadence: string; readonly period: string } | null;
  /** Open action items and 30-60-90 milestones due by the end of this week, overdue ones included, soonest first. */
  readonly trackerDue: readonly BoardTrackerItem[];
  /** Why the workbook could not be read; null when it was. */
  readonly error: string | null;
  /** The API's refusal of the orders pull before this row was read (the row shows the data there was). */
  readonly pullRefused?: string;
}

/** The row's problem as the board shows it: why it could not be read, or the refused pull. */
export const rowProblem = (row: BoardRow): string => row.error ?? (row.pullRefused ? `pull refused: ${row.pullRefused}` : '');

/** The row of a workbook that could not be read (missing, locked, corrupt, not set up): the reason, nothing else. */
export function boardErrorRow(source: { readonly file: string }, reason: string): BoardRow {
  return {
    file: source.file,
    client: '',
    market: '',
    currency: '',
    dataThrough: null,
    refreshedAt: null,
    health: [],
    vtrCounts: null,
    ordersDue: null,
    gmv: null,
    qa: null,
    lastSignOff: null,
    lastExport: null,
    trackerDue: [],
    error: reason,
  };
}

/**
 * A client workbook's board row, computed by the read-out's own functions (health, GMV week over week,
 * the QA checklist's counts, sign-off status) through the Workbook port, writing nothing. A workbook
 * whose Settings or Orders cannot be read becomes a row with the reason.
 */
export function boardRow(workbook: Workbook, source: { readonly file: string }, now: Date): BoardRow {
  try {
    return readBoardRow(workbook, source, now);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return boardErrorRow(source, error.message);
  }
}

function readBoardRow(workbook: Workbook, source: { readonly file: string }, now: Date): BoardRow {
  const state = tabState(workbook);
  const read = memoizedInputReader(workbook, state);
  const zone = workbook.timeZone();
  const shop = workbookSettings(read(INPUT_TABS.settings), zone);
  const { settings, client } = shop;
  checkDateCellZone(settings, workbook.dateCellZone?.());
  const orders = salesInput(read(INPUT_TABS.orders), ORDERS_HELP, settings, NEUTRAL_SETUP);
  if (!orders.ok) return boardErrorRow(source, orders.problem);
  const { sales } = orders;
  if (sales.kind !== 'orders') return boardErrorRow(source, `The '${INPUT_TABS.orders}' tab holds a product analytics table, not the order export.`);

  const report = healthReport(orders.values, { format: shopFormat(shop) }, settings, INPUT_TABS.orders);
  const ldr = report.rows.find((row) => row.metric === 'LDR')!;
  const due = ordersDue(new HealthOrders(sales.table, settings, ORDERS_DUE_COLUMNS), settings, now, ldr);
  const gmv = gmvChange(compareMetrics(orders.values, 'GMV', 'WoW', formatDay(orders.through.day), settings));
  const checklist = checklistOf(workbook, now, { state, read, zone });
  const signOff = signOffStatusOf(workbook, checklist);
  const exported = lastExport(workbook, state);
  const today = zonedDay(now, settings.timeZone);
  const thisWeek = { from: today, to: startOfWeek(today, settings.weekStart) + 6 };
  const trackerDue = [ACTION_ITEMS, PLAN_MILESTONES].flatMap((rule) =>
    trackerSection(read(rule.tab), { ...rule, dueWithin: thisWeek }, today, settings).items.map((item): BoardTrackerItem => ({
      tab: rule.tab,
      text: item.text,
      owner: item.owner,
      due: item.due,
      overdue: item.overdue,
    })),
  );
  const refreshedAt = workbook.readProperties()[LAST_REFRESH_PROPERTY];
  return {
    file: source.file,
    client: client.name ?? '',
    market: client.market,
    currency: client.currency,
    dataThrough: `${orders.through.text} (${settings.timeZone})`,
    refreshedAt: refreshedAt || null,
    health: report.rows.map((row) => ({ metric: row.metric, value: row.value, status: row.status, warning: row.warning })),
    vtrCounts: countsPackages(sales.table) ? 'packages' : 'orders',
    ordersDue: due,
    gmv: gmv && { current: gmv.current, previous: gmv.previous },
    qa: { errors: checklist.counts.ERROR, warnings: checklist.counts.WARNING },
    lastSignOff: signOff.newest ? { by: signOff.newest.by, at: signOff.newest.at.toISOString(), current: signOff.signedOff } : null,
    lastExport: exported ? { at: exported.at.toISOString(), by: exported.by, cadence: exported.cadence, period: exported.period } : null,
    trackerDue,
    error: null,
  };
}
