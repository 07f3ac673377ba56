import { InputError } from '../../values/errors';
import type { DayRange } from '../../metrics/dayRange';
import { formatDay } from '../../values/calendarDay';
import { formatWallClock } from '../../values/formatWallClock';
import type { Settings } from '../../settings/settings';
import type { ReportFormat } from '../../format/reportFormat';
import { ORDER_COLUMNS, type OrderColumnKey } from '../../table/columns';
import { BusinessCalendar } from '../businessCalendar';
import { DispatchDeadline } from '../dispatchDeadline';
import { healthRateRow, prepareHealth } from '../healthReport';
import type { HealthOrders } from '../healthOrders';
import type { HealthRow } from '../healthRow';
import { lateDispatchDecisions } from '../lateDispatchRate';
import { VERDICT } from '../orderVerdicts';
import { sellerFaultDecisions } from '../sellerFaultCancelRate';
import { validTrackingDecisions, type ValidTrackingDecisions } from '../validTrackingRate';
import { deadlineBasis } from './deadlineBasis';
import { disputeRuleFor, type DisputeRule, type OrderFacts } from './disputeRules';
import type { EvidenceMetric } from './evidenceMetric';
import { exemptDays } from './exemptDays';
import { excusedRow, whatIfText, type Excused } from './whatIf';
import { orderReason } from './orderReason';
import { evidenceTimeline, type CountedUnit, type TimelineDay } from './evidenceTimeline';
import { carrierName } from '../carrierNames';
import { exportedText } from './exportedText';

/** One order counted against the shop, as the pack lists it: IDs and times only, never buyer data. */
export interface EvidenceOrder {
  readonly orderId: string;
  /** The sheet row of the order's first line (for a link to it; never shown to TikTok). */
  readonly row: number;
  readonly paidTime: string;
  readonly deadline: string;
  readonly deadlineBasis: string;
  readonly rtsTime: string;
  readonly shippedTime: string;
  readonly carrier: string;
  readonly trackingId: string;
  readonly deliveredTime: string;
  /** Why it counts against the shop. */
  readonly reason: string;
  readonly rule: DisputeRule | undefined;
}

export interface EvidencePack {
  readonly metric: EvidenceMetric;
  readonly window: DayRange;
  /** The rate exactly as TTS_HEALTH and the Health read-out compute it. */
  readonly row: HealthRow;
  readonly orders: readonly EvidenceOrder[];
  /** The rate with the disputable orders left out of the count, and how many each rule excuses. */
  readonly ifExcused: Excused;
  readonly whatIf: string;
  readonly timeline: readonly TimelineDay[];
  /** The business calendar the deadlines used, in words. */
  readonly calendar: string;
  readonly exemptDays: readonly string[];
  /** The ready-to-ship column as this export names it ('RTS Time', UK 'RTH Time'), for the rules' texts. */
  readonly rtsHeader: string;
}

export interface EvidenceRequest {
  readonly metric: EvidenceMetric;
  /** Both or neither: without them, the health window of the read-out. */
  readonly from?: number;
  readonly to?: number;
  /** Announced exemption days (YYYY-MM-DD) an LDR dispute may skip like holidays. */
  readonly exemptDays?: readonly string[];
  readonly format: ReportFormat;
}

const MAX_DAYS = 366;
const EVIDENCE_COLUMNS: readonly OrderColumnKey[] = [
  'paidTime',
  'shippedTime',
  'rtsTime',
  'deliveredTime',
  'trackingId',
  'shippingProvider',
  'cancelBy',
  'cancelReason',
];

function windowOptions(request: EvidenceRequest): { asOfDay?: number; windowDays?: number } {
  const { from, to } = request;
  if (from === undefined && to === undefined) return {};
  if (from === undefined || to === undefined)
    throw new InputError('Give both the first and the last day of the window, or neither (the health window).');
  if (to < from) throw new InputError(`The window's last day (${formatDay(to)}) is before its first (${formatDay(from)}).`);
  if (to - from + 1 > MAX_DAYS) throw new InputError(`The window is ${to - from + 1} days long; at most ${MAX_DAYS}.`);
  return { asOfDay: to, windowDays: to - from + 1 };
}

const timeText = (wall: number): string => (isNaN(wall) ? '' : formatWallClock(wall));
const timesOf = (orders: HealthOrders, key: OrderColumnKey, neededFor: string): Float64Array =>
  orders.table.has(key) ? orders.times(key, neededFor) : new Float64Array(orders.count).fill(NaN);

/** The orders a per-order rate counted, as its units. */
const orderUnits = (verdicts: Uint8Array): CountedUnit[] =>
  [...verdicts.keys()]
    .filter((o) => verdicts[o] === VERDICT.fine || verdicts[o] === VERDICT.against)
    .map((o) => ({ order: o, against: verdicts[o] === VERDICT.against }));

/** The per-order decisions of the metric and the units it counted: LDR, VTR and SFCR's own, so the pack lists what the rate counted. */
function decisionsOf(
  metric: EvidenceMetric,
  input: Parameters<typeof lateDispatchDecisions>[0],
): { verdicts: Uint8Array; days: Float64Array; units: readonly CountedUnit[]; failing?: ValidTrackingDecisions['failing'] } {
  if (metric === 'LDR') {
    const d = lateDispatchDecisions(input);
    return { verdicts: d.verdicts, days: d.shipped, units: orderUnits(d.verdicts) };
  }
  if (metric === 'VTR') {
    const d = validTrackingDecisions(input);
    return { verdicts: d.verdicts, days: d.shipped, units: d.judged, failing: d.failing };
  }
  const d = sellerFaultDecisions(input);
  return { verdicts: d.verdicts, days: d.paid, units: orderUnits(d.verdicts) };
}

/** The evidence pack of one rate over an order export (raw values, as TTS_HEALTH reads them). */
export function evidencePack(values: unknown, request: EvidenceRequest, settings: Settings, sheet = ''): EvidencePack {
  const { metric, format } = request;
  const input = prepareHealth(values, { ...windowOptions(request), metrics: [metric], format }, settings, sheet, EVIDENCE_COLUMNS);
  const { orders, window } = input;
  const health = settings.health;
  const row = healthRateRow(metric, input);
  const { verdicts, days, units, failing } = decisionsOf(metric, input);
  const exempt = exemptDays(request.exemptDays ?? []);
  const calendar = new BusinessCalendar(health.holidays, health.holidayCalendar);
  const deadline = new DispatchDeadline(calendar, health.dispatchSlaBusinessDays, health.dispatchCutoff);
  const exemptDeadline = exempt.length
    ? new DispatchDeadline(
        new BusinessCalendar([...health.holidays, ...exempt.map(formatDay)], health.holidayCalendar),
        health.dispatchSlaBusinessDays,
        health.dispatchCutoff,
      )
    : undefined;
  const neededFor = `the ${metric} evidence pack`;
  const paid = timesOf(orders, 'paidTime', neededFor);
  const shipped = timesOf(orders, 'shippedTime', neededFor);
  const rts = timesOf(orders, 'rtsTime', neededFor);
  const delivered = timesOf(orders, 'deliveredTime', neededFor);
  const idCol = orders.table.index('orderId');
  const listed: EvidenceOrder[] = [];
  const disputable = new Map<number, DisputeRule>();
  // Oldest first by the day the rate counts the order on, as the timeline reads.
  const against = [...verdicts.keys()].filter((o) => verdicts[o] === VERDICT.against).sort((a, b) => days[a] - days[b]);
  for (const o of against) {
    const due = isNaN(paid[o]) ? NaN : deadline.of(paid[o]);
    const facts: OrderFacts = {
      rts: rts[o],
      shipped: shipped[o],
      deadline: due,
      exemptDeadline: exemptDeadline && !isNaN(paid[o]) ? exemptDeadline.of(paid[o]) : NaN,
      // VTR by package: the package that failed, not the order's first (perhaps valid) number.
      tracking: failing?.get(o)?.tracking ?? orders.value('trackingId', o),
      provider: failing?.get(o)?.provider ?? orders.value('shippingProvider', o),
      cancelBy: orders.value('cancelBy', o),
      cancelReason: orders.value('cancelReason', o),
    };
    const firstLine = orders.firstLine[o];
    const rule = disputeRuleFor(metric, facts);
    if (rule) disputable.set(o, rule);
    listed.push({
      orderId: exportedText(orders.table.values[firstLine][idCol]),
      row: firstLine + 1,
      paidTime: timeText(paid[o]),
      deadline: timeText(due),
      deadlineBasis: isNaN(due) ? '' : deadlineBasis(paid[o], due, calendar, health),
      rtsTime: timeText(rts[o]),
      shippedTime: timeText(shipped[o]),
      carrier: carrierName(facts.provider) ?? exportedText(facts.provider),
      trackingId: exportedText(facts.tracking),
      deliveredTime: timeText(delivered[o]),
      reason: orderReason(metric, facts),
      rule,
    });
  }
  const ifExcused = excusedRow(metric, row, input, disputable, sheet);
  return {
    metric,
    window,
    row,
    orders: listed,
    ifExcused,
    whatIf: whatIfText(row, ifExcused, format),
    timeline: evidenceTimeline(metric, window, units, days),
    calendar: calendar.describe(),
    exemptDays: exempt.map(formatDay),
    rtsHeader: orders.table.has('rtsTime') ? orders.table.headerAt(orders.table.index('rtsTime')) : ORDER_COLUMNS.rtsTime.headers[0],
  };
}
