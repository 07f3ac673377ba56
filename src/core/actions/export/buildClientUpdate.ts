import { NEUTRAL_SETUP } from '../../workbook/surface';
import { InputError } from '../../values/errors';
import type { DayRange } from '../../metrics/dayRange';
import { findMetric } from '../../metrics/parseMetricList';
import { CHANNEL_METRICS, REFUND_LAG } from '../../metrics/metricCatalog';
import type { ChannelMeasure } from '../../markets/analyticsHeaders';
import { formatDay, formatMonth, partsOfDay } from '../../values/calendarDay';
import { formatWallClock } from '../../values/formatWallClock';
import { wallClockOf } from '../../values/wallClock';
import { dayArgument } from '../../metrics/dayArgument';
import { GMV_DEFINITION } from '../../workbook/readout/kpiTab';
import { ANALYTICS_HELP, ORDERS_HELP, salesInput, type SalesInput } from '../../workbook/readout/salesInput';
import { LAST_REFRESH_PROPERTY } from '../refreshReadout';
import { clientUpdateReader } from '../../workbook/clientUpdateTabs';
import { tabState } from '../../workbook/ownedTabs';
import { workbookSettings } from '../../workbook/settingsTab';
import { INPUT_TABS } from '../../workbook/tabNames';
import type { CellValue, Workbook } from '../../workbook/workbookPort';
import { CADENCE_SPECS, cadencePeriods, dayCount, type Cadence, type CadencePeriods } from '../../report/cadence';
import type { ClientUpdate, Trend } from '../../report/clientUpdate';
import { BRIDGE_METHOD, gmvBridge } from '../../report/gmvBridge';
import { healthSection } from '../../report/healthSection';
import { narrative } from '../../report/narrative';
import { commentary } from './commentary';
import { promotions, PROMO_CALENDAR } from './promotions';
import { REPORT_SECTIONS, type ReportSection } from '../../report/reportSections';
import { COMMENTARY_TAB } from '../../workbook/setupTabs';
import type { ReportFormat } from '../../format/reportFormat';
import { shopFormat } from '../../workbook/shopFormat';
import { reportFrame } from '../../report/reportFrame';
import { buildScorecard, SCORECARD_METRICS, spanText, type ReportSource } from '../../report/scorecard';
import { skuMovers } from '../../report/skuMovers';
import { ACTION_ITEMS, PLAN_MILESTONES, trackerSection } from './trackerTable';
import type { Settings } from '../../settings/settings';

export interface ClientUpdateOptions {
  readonly cadence: Cadence;
  /** `YYYY-MM-DD` (or a date); default the last paid day in Orders. */
  readonly asOf?: unknown;
  /** How the surface that asked names the as-of day in a message: `--as-of`; only the command line asks for one. */
  readonly asOfName?: string;
  readonly now: Date;
  /** The QA sign-off line of the internal notes ("QA signed off by … at …", the override, the draft's); '' for none. */
  readonly signOffLine: string;
  /** The period to date (month to date for an MBR) instead of the last complete one: only when asked. */
  readonly toDate?: boolean;
  /** Add the internal appendix (QA state, data notes, sources) to the outputs: a copy for the account team, never the client's. */
  readonly internal?: boolean;
}

/** The title's name while Settings names no client. */
export const CLIENT_NAME_NOT_SET = '[client name not set]';

/** GMV_DEFINITION without its source citation, which the internal appendix keeps. */
const CLIENT_GMV_DEFINITION =
  'GMV: the value of paid orders by payment time, cancelled and refunded orders included (TikTok Shop’s definition); rates are ratios of totals, not averages of daily rates.';

/** The agenda: the sections the update has (an empty one is left out, unless the account team wrote about it). */
function agenda(update: Pick<ClientUpdate, 'promotions' | 'actions' | 'risks' | 'nextSteps' | 'commentary'>): ReportSection[] {
  const { promotions: p, actions, risks, nextSteps } = update;
  const commented = new Set(update.commentary.items.map((item) => item.section));
  const has: Record<ReportSection, boolean> = {
    Headlines: true,
    'KPI scorecard': true,
    'GMV bridge and SKU movers': true,
    'Account health': true,
    Promotions: p.inPeriod.length + p.upcoming.length > 0,
    'Actions, risks and next steps': actions.items.length + risks.items.length + nextSteps.items.length > 0,
  };
  return REPORT_SECTIONS.filter((section) => has[section] || commented.has(section));
}

const ORDER_METRICS = SCORECARD_METRICS.map(findMetric).filter((m) => m.tables.includes('orders'));
const ANALYTICS_METRICS = SCORECARD_METRICS.map(findMetric).filter((m) => !m.tables.includes('orders'));

function reportSource(input: SalesInput, metrics: typeof ORDER_METRICS, settings: Settings): ReportSource {
  if (!input.ok) return { ok: false, problem: input.problem };
  try {
    const { sales } = input;
    const extra = sales.kind === 'analytics' ? (['visitors', 'customers'] as const) : [];
    const channels = sales.kind === 'analytics' ? CHANNEL_METRICS.filter((m) => sales.table.has(m.numerator as ChannelMeasure)) : [];
    return { ok: true, data: reportFrame(sales, [...metrics, ...channels], extra, settings) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problem: error.message };
    throw error;
  }
}

function bucketLabel(cadence: Cadence, range: DayRange, format: ReportFormat): string {
  if (cadence === 'wbr') return format.shortDay(range.from);
  if (cadence === 'mbr') return formatMonth(range.from);
  const { year, month } = partsOfDay(range.from);
  return `${year} Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The trend chart's buckets; a period to date is marked in its label and the title, never shown beside whole ones as one of them. */
function trend(cadence: Cadence, periods: CadencePeriods, spark: readonly (number | null)[], format: ReportFormat, weekStart: 0 | 1): Trend {
  const spec = CADENCE_SPECS[cadence];
  const last = periods.trend.length - 1;
  const weeks = cadence === 'wbr' ? ` (${weekStart === 1 ? 'Monday to Sunday' : 'Sunday to Saturday'})` : '';
  const partial = periods.toDate ? `; the last one to date (${dayCount(periods.current)} days), marked "to date"` : '';
  return {
    title: `GMV, last ${spec.trendBuckets} ${spec.unit}s${weeks}${partial}`,
    points: periods.trend.map((range, i) => ({
      label: `${bucketLabel(cadence, range, format)}${periods.toDate && i === last ? ' (to date)' : ''}`,
      value: spark[i],
      text: spark[i] === null ? '' : format.money(spark[i]),
      partial: periods.toDate && i === last,
    })),
  };
}

/** The account team's copy: the internal appendix drawn, and the title saying so, so it is never taken for the client's. */
export function withAppendix(update: ClientUpdate): ClientUpdate {
  return { ...update, appendix: true, title: `${update.title} (internal copy)` };
}

/**
 * The WBR / MBR / QBR of a client workbook: reads each tab once, computes every number from the
 * metric catalog, and writes it as the report shows it. No Orders data is an InputError: there is nothing to report.
 */
export function buildClientUpdate(workbook: Workbook, options: ClientUpdateOptions): ClientUpdate {
  const read = clientUpdateReader(workbook, tabState(workbook));
  const shop = workbookSettings(read(INPUT_TABS.settings), workbook.timeZone());
  const { settings, client } = shop;
  const orders = salesInput(read(INPUT_TABS.orders), ORDERS_HELP, settings, NEUTRAL_SETUP);
  if (!orders.ok) throw new InputError(`Nothing to report yet: ${orders.problem}`);
  const lastDay = orders.through.day;
  const asOf = dayArgument(options.asOf, options.asOfName ?? 'The as-of day', settings) ?? lastDay;
  if (asOf > lastDay) {
    throw new InputError(
      `The Orders tab has data through ${formatDay(lastDay)}; the as-of day ${formatDay(asOf)} is later. Paste the newer order export, or choose ${formatDay(lastDay)} or earlier.`,
    );
  }
  const format = shopFormat(shop);
  const spec = CADENCE_SPECS[options.cadence];
  const periods = cadencePeriods(options.cadence, asOf, { toDate: options.toDate ?? false, weekStart: settings.weekStart });
  const cadenceLabel = `${spec.label}${periods.toDate ? ` (${spec.unit} to date)` : ''}`;
  const overWords = periods.toDate ? `against the same days of the previous ${spec.unit}` : spec.overWords;
  const ordersSource = reportSource(orders, ORDER_METRICS, settings);
  const analyticsSource = reportSource(salesInput(read(INPUT_TABS.analytics), ANALYTICS_HELP, settings, NEUTRAL_SETUP), ANALYTICS_METRICS, settings);
  const scorecard = buildScorecard(ordersSource, analyticsSource, periods, format, lastDay);
  const gmv = scorecard.rows.find((row) => row.metric === 'GMV')!;
  const bridge = gmvBridge(
    gmv,
    scorecard.rows.find((row) => row.metric === 'Orders')!,
    analyticsSource,
    periods,
    format,
  );
  const movers = skuMovers(ordersSource, periods, format, settings);
  const health = healthSection(orders.values, asOf, settings, format);
  // Never a name guessed from the file: a blank one shows, and the QA checklist's ERROR keeps it from delivery.
  const name = client.name || CLIENT_NAME_NOT_SET;
  const periodLabel = spanText(periods.current);
  const lastRefresh = workbook.readProperties()[LAST_REFRESH_PROPERTY];
  const zoned = (instant: Date): string => formatWallClock(wallClockOf(instant, settings.timeZone));
  const tracker = (tab: string): CellValue[][] | undefined => read(tab);
  const sections = {
    commentary: commentary(tracker(COMMENTARY_TAB), periods.current, settings),
    promotions: promotions(tracker(PROMO_CALENDAR), periods.current, asOf, settings),
    actions: trackerSection(tracker(ACTION_ITEMS.tab), ACTION_ITEMS, asOf, settings),
    risks: trackerSection(
      tracker('Risks'),
      { tab: 'Risks', textColumn: 'Risk', dueColumn: 'Review by', statusColumn: 'Status', closed: ['Closed'], detail: (r) => r.text('Mitigation') },
      asOf,
      settings,
    ),
    nextSteps: trackerSection(tracker(PLAN_MILESTONES.tab), { ...PLAN_MILESTONES, dueWithin: periods.coming }, asOf, settings),
  };
  const internal = [
    ...(options.signOffLine ? [options.signOffLine] : []),
    lastRefresh ? `Read-out refreshed ${zoned(new Date(lastRefresh))}.` : 'The read-out tabs have not been refreshed yet.',
    ...scorecard.details,
    ...[bridge.ok ? undefined : bridge.detail, movers.detail].filter((d): d is string => !!d),
    ...health.details,
    ...[sections.promotions, sections.actions, sections.risks, sections.nextSteps].flatMap((s) => (s.detail ? [s.detail] : [])),
    ...sections.commentary.details,
    `Definitions: ${GMV_DEFINITION} Method: docs/CLIENT-UPDATE.md.`,
  ];
  const update: ClientUpdate = {
    cadence: options.cadence,
    cadenceLabel,
    client: name,
    market: client.market,
    title: `${name} — ${cadenceLabel} — ${periodLabel}`,
    periodLabel,
    periodSlug: `${formatDay(periods.current.from)}_${formatDay(periods.current.to)}`,
    preparedBy: client.accountManager || 'the account team',
    asOf: formatDay(asOf),
    preparedAt: zoned(options.now),
    freshness: [`Data through ${orders.through.text} (${settings.timeZone}).`],
    comparisons: [
      `This period: ${periods.names.current}, ${periodLabel}.`,
      `Previous: ${periods.names.previous}, ${spanText(periods.previous)}.`,
      scorecard.yearAgo.shown ? `Year ago: ${scorecard.yearAgo.label}.` : scorecard.yearAgo.reason,
    ],
    agenda: agenda(sections),
    scorecard,
    bridge,
    movers,
    narrative: narrative(scorecard, bridge, movers, health, { overWords, previousWords: periods.names.previous }),
    health,
    ...sections,
    trend: trend(options.cadence, periods, gmv.spark, format, settings.weekStart),
    internal,
    draft: false,
    appendix: false,
    delivery: { contacts: client.contacts, emailDraft: client.emailDraft },
    definitions: [
      CLIENT_GMV_DEFINITION,
      'Rate changes (CTR, CVR, refund and cancel rate) are in percentage points (pp); change % is relative to the previous period.',
      `Refund rate: ${REFUND_LAG}`,
      'CVR: buyers ÷ visitors from the product analytics, each summed over its product rows, so a buyer of two products counts twice there; GMV per buyer is not used, and the GMV bridge counts each order once.',
      bridge.ok ? bridge.method : BRIDGE_METHOD,
    ],
  };
  return options.internal ? withAppendix(update) : update;
}
