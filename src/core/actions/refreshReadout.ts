import { NEUTRAL_SETUP, type Surface } from '../workbook/surface';
import type { MarketCode } from '../markets/marketCodes';
import type { DecimalMark } from '../values/parseNumber';
import { assertFiniteCells } from '../values/finiteCells';
import type { SeverityCounts } from '../qa/checkFinding';
import { healthTab } from '../workbook/readout/healthTab';
import { kpiTab, type GmvChange } from '../workbook/readout/kpiTab';
import { numberFormats } from '../format/numberFormats';
import { qaTab } from '../workbook/readout/qaTab';
import type { ReadoutContext } from '../workbook/readout/readoutContext';
import { ANALYTICS_HELP, ORDERS_HELP, salesInput } from '../workbook/readout/salesInput';
import { skuTab } from '../workbook/readout/skuTab';
import { tabState, writeOwnedTab, type TabState } from '../workbook/ownedTabs';
import { checkDateCellZone } from '../workbook/checkDateCellZone';
import { workbookSettings } from '../workbook/settingsTab';
import { inputFingerprint, INPUTS_FINGERPRINT_PROPERTY } from '../workbook/inputFingerprint';
import { memoizedInputReader } from '../workbook/inputReader';
import { INPUT_TABS } from '../workbook/tabNames';
import type { CellValue, TabContent, Workbook } from '../workbook/workbookPort';

export interface RefreshSummary {
  /** Names actually written: `TTS · KPIs`, or `TTS · KPIs (2)` beside a user's tab of that name. */
  tabsWritten: string[];
  gmvWoW: GmvChange | null;
  /** The client's currency and market (Settings), for the amounts in the summary. */
  currency: string;
  market: MarketCode | '';
  /** Without a market, the summary writes decimals with this mark, as the checklist does. */
  decimalMark?: DecimalMark;
  health: { metric: string; status: string; value: number | null }[];
  /** The QA checklist's counts on the refreshed workbook, as `check` and the sidebar count them; null when not asked (`countFindings`). */
  qaCounts: SeverityCounts | null;
  /** `2026-11-22 23:58 (America/Los_Angeles)`: the last Paid Time; null without orders. */
  dataThrough: string | null;
  /** Why sections could not be computed from data that is present (an empty input tab is not one). */
  problems: string[];
}

const STEPS = 6;

/** Document properties the refresh leaves for the next features (the QA checklist, the client update). */
export const LAST_REFRESH_PROPERTY = 'tts-ops.lastRefresh';
export const DATA_THROUGH_PROPERTY = 'tts-ops.dataThrough';

/** What a run has read: the checks that follow a refresh read nothing twice. */
export interface InputsRead {
  readonly state: TabState;
  readonly read: (tab: string) => CellValue[][] | undefined;
  readonly zone: string;
}

export interface RefreshOptions {
  readonly now: Date;
  /** Counts the QA checklist's findings on the refreshed workbook (the actions' `refreshAndCount` passes the checklist). */
  readonly countFindings?: (inputs: InputsRead) => SeverityCounts;
  /** Where the refresh was asked: a missing input tab's line names the set-up there (surface-neutral without one). */
  readonly surface?: Surface;
}

/**
 * Reads each input tab once and writes the read-out tabs (KPIs, SKUs, Health, QA). A missing or
 * empty input becomes a line in the tabs that need it; a bad Settings value stops the refresh with
 * an InputError naming its row, since every number depends on it.
 */
export function refreshReadout(workbook: Workbook, options: RefreshOptions): RefreshSummary {
  workbook.progress('Reading the input tabs', 1, STEPS);
  const state = tabState(workbook);
  const read = memoizedInputReader(workbook, state);
  const zone = workbook.timeZone();
  const { settings, client } = workbookSettings(read(INPUT_TABS.settings), zone);
  checkDateCellZone(settings, workbook.dateCellZone?.());
  const setup = options.surface?.setup ?? NEUTRAL_SETUP;
  const orders = salesInput(read(INPUT_TABS.orders), ORDERS_HELP, settings, setup);
  const analytics = salesInput(read(INPUT_TABS.analytics), ANALYTICS_HELP, settings, setup);
  const qaInputs = { products: read(INPUT_TABS.products), promos: read(INPUT_TABS.promos), links: read(INPUT_TABS.links) };
  const context: ReadoutContext = {
    settings,
    client,
    formats: numberFormats(client.currency),
    now: options.now,
    dataThrough: orders.ok ? orders.through.text : null,
    problems: [orders, analytics].flatMap((input) => (input.ok || input.empty ? [] : [input.problem])),
  };

  const tabsWritten: string[] = [];
  const written = new Map<string, CellValue[][]>();
  let step = 1;
  const write = <T extends { readonly content: TabContent }>(build: () => T): T => {
    const built = build();
    assertFiniteCells(built.content.values, built.content.name);
    workbook.progress(`Writing ${built.content.name}`, ++step, STEPS);
    const name = writeOwnedTab(workbook, built.content, state);
    tabsWritten.push(name);
    written.set(name, built.content.values as CellValue[][]);
    return built;
  };
  const kpis = write(() => kpiTab(context, orders, analytics));
  write(() => ({ content: skuTab(context, orders) }));
  const health = write(() => healthTab(context, orders));
  write(() => qaTab(context, qaInputs, setup));

  const dataThrough = context.dataThrough && `${context.dataThrough} (${settings.timeZone})`;
  workbook.writeProperties({
    [LAST_REFRESH_PROPERTY]: options.now.toISOString(),
    [DATA_THROUGH_PROPERTY]: dataThrough ?? '',
    [INPUTS_FINGERPRINT_PROPERTY]: inputFingerprint(read),
  });
  // A tab this run wrote is read from what it wrote: the budget stays one read per input tab.
  const qaCounts = options.countFindings?.({ state, read: (tab) => written.get(tab) ?? read(tab), zone }) ?? null;
  workbook.progress('Done', STEPS, STEPS);
  return {
    tabsWritten,
    gmvWoW: kpis.gmvWoW,
    currency: client.currency,
    market: client.market,
    decimalMark: settings.decimalMark,
    health: (health.report?.rows ?? []).map((row) => ({ metric: row.metric, status: row.status, value: row.value })),
    qaCounts,
    dataThrough,
    problems: [...new Set(context.problems)],
  };
}
