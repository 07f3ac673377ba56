import { InputError, type CellPosition } from '../values/errors';
import { columnLetter } from '../values/columnLetter';
import { healthReport } from '../health/healthReport';
import { clientNameFinding } from './accuracy/clientNameFinding';
import { dataAgeFinding } from './accuracy/dataAgeFinding';
import { repeatedRowsFinding } from './accuracy/repeatedRowsFinding';
import { salesReconciliation } from './accuracy/salesReconciliation';
import { settingsRowFindings } from './accuracy/settingsRowFindings';
import { unreadableCells } from './accuracy/unreadableCells';
import { CHECK_GROUPS, countSeverities, type CheckFinding, type CheckGroup, type SeverityCounts } from '../qa/checkFinding';
import type { Severity } from '../qa/finding';
import { healthFindings } from '../qa/healthFindings';
import { qaCheckGroup } from '../qa/qaCheckGroups';
import type { Settings } from '../settings/settings';
import { checkDateCellZone } from '../workbook/checkDateCellZone';
import { inputFingerprint, INPUTS_FINGERPRINT_PROPERTY, signedFingerprint } from '../workbook/inputFingerprint';
import { memoizedInputReader } from '../workbook/inputReader';
import { ownedTabName, tabState, type TabState } from '../workbook/ownedTabs';
import { qaResults, sourceCell } from '../workbook/readout/qaTab';
import { ANALYTICS_HELP, ORDERS_HELP, salesInput, type SalesInput } from '../workbook/readout/salesInput';
import { LAST_REFRESH_PROPERTY } from './refreshReadout';
import { workbookSettings, type WorkbookSettings } from '../workbook/settingsTab';
import { shopFormat } from '../workbook/shopFormat';
import type { ReportFormat } from '../format/reportFormat';
import { INPUT_TABS, READOUT_TABS } from '../workbook/tabNames';
import type { InputsRead } from './refreshReadout';
import { SHEETS_SURFACE, type Surface } from '../workbook/surface';
import type { CellValue, Workbook } from '../workbook/workbookPort';
import { checkFreshness, type ChecklistFreshness } from './checkFreshness';
import { futureSignOffs } from './futureSignOffs';
import { existingQaLogTab, readQaLog } from './qaLogTab';

export interface ChecklistGroup {
  readonly name: CheckGroup;
  readonly counts: SeverityCounts;
  /** The most severe finding's severity, 'OK' without findings. */
  readonly status: Severity | 'OK';
  readonly findings: readonly CheckFinding[];
}

/** Everything the QA checklist shows, and what a sign-off records. */
export interface Checklist {
  readonly freshness: ChecklistFreshness;
  readonly groups: readonly ChecklistGroup[];
  readonly counts: SeverityCounts;
  /** What a person must tick before signing off (Settings `checklist.manualItems`). */
  readonly manualItems: readonly string[];
  readonly checksRun: string;
  /** The refresh and the tabs this result is about (a sign-off records both): the inputs and every tab the client update shows. */
  readonly readoutRefreshed: string;
  readonly inputsFingerprint: string;
}

export const CHECKS_RUN = 'health; listing, promo and link QA; accuracy';

const SEVERITY_ORDER: readonly Severity[] = ['ERROR', 'WARNING', 'INFO'];

/**
 * Runs the pre-delivery checks on the whole workbook: health, listing / promo / link QA, and the
 * accuracy checks only a workbook can answer. Reads each input tab once; writes nothing.
 */
export function runChecklist(workbook: Workbook, now: Date, surface: Surface = SHEETS_SURFACE): Checklist {
  const state = tabState(workbook);
  return checklistOf(workbook, now, { state, read: memoizedInputReader(workbook, state), zone: workbook.timeZone() }, surface);
}

/** The checklist over tabs a run has read already (the refresh's summary counts: no tab read twice). */
export function checklistOf(workbook: Workbook, now: Date, { state, read, zone }: InputsRead, surface: Surface = SHEETS_SURFACE): Checklist {
  const findings: CheckFinding[] = [];
  const shop = readSettings(read, workbook, zone, findings);
  const { settings } = shop;
  const format = shopFormat(shop);
  const unnamed = clientNameFinding(read(INPUT_TABS.settings), state.existing.actual(INPUT_TABS.settings) ?? INPUT_TABS.settings);
  if (unnamed) findings.push(unnamed);

  const orders = salesInput(read(INPUT_TABS.orders), ORDERS_HELP, settings, surface.setup);
  const analytics = salesInput(read(INPUT_TABS.analytics), ANALYTICS_HELP, settings, surface.setup);
  for (const [tab, input] of [
    [INPUT_TABS.orders, orders],
    [INPUT_TABS.analytics, analytics],
  ] as const) {
    if (!input.ok) findings.push(inputProblem(state, tab, input.problem, !input.empty, input.cell));
  }
  if (analytics.ok && analytics.sales.kind === 'analytics') {
    const repeated = repeatedRowsFinding(analytics.sales.table, state.existing.actual(INPUT_TABS.analytics) ?? INPUT_TABS.analytics, settings);
    if (repeated) findings.push(repeated);
  }
  const unreadable = [
    ...(orders.ok ? unreadableCells(orders.sales, settings, INPUT_TABS.orders) : []),
    ...(analytics.ok ? unreadableCells(analytics.sales, settings, INPUT_TABS.analytics) : []),
  ];
  findings.push(...unreadable);
  // Health and reconciliation computed from cells that cannot be read would only repeat their errors.
  if (orders.ok && !unreadable.length) {
    const old = dataAgeFinding(orders.through, INPUT_TABS.orders, settings, now);
    if (old) findings.push(old);
    findings.push(...healthOf(orders, settings, format, state, read));
    if (analytics.ok) {
      findings.push(
        ...salesReconciliation(
          { tab: INPUT_TABS.orders, values: orders.values, sales: orders.sales },
          { tab: INPUT_TABS.analytics, values: analytics.values, sales: analytics.sales },
          settings,
          format,
        ),
      );
    }
  }
  findings.push(...qaFindings(read, settings, format, surface.setup));
  const log = existingQaLogTab(state);
  if (log !== undefined) findings.push(...futureSignOffs(readQaLog(workbook.readTab(log)), log, now, settings.timeZone));

  const properties = workbook.readProperties();
  const refresh = { at: properties[LAST_REFRESH_PROPERTY] ?? '', fingerprint: properties[INPUTS_FINGERPRINT_PROPERTY] ?? '' };
  const fingerprint = inputFingerprint(read);
  const freshness = checkFreshness(orders.ok ? orders.through.text : null, refresh, fingerprint, settings.timeZone, surface);
  if (freshness.stale) findings.unshift(staleFinding(state, freshness.warning));

  const groups = CHECK_GROUPS.map((name): ChecklistGroup => {
    const inGroup = findings.filter((finding) => finding.group === name);
    const counts = countSeverities(inGroup);
    return { name, counts, status: SEVERITY_ORDER.find((severity) => counts[severity] > 0) ?? 'OK', findings: inGroup };
  });
  return {
    freshness,
    groups,
    counts: countSeverities(findings),
    manualItems: settings.checklist.manualItems,
    checksRun: CHECKS_RUN,
    readoutRefreshed: refresh.at,
    inputsFingerprint: signedFingerprint(read, fingerprint),
  };
}

type Read = (tab: string) => CellValue[][] | undefined;

/** The Settings tab over the defaults; each invalid row becomes a finding and its default applies, so the other checks still run. */
function readSettings(read: Read, workbook: Workbook, zone: string, findings: CheckFinding[]): WorkbookSettings {
  const values = read(INPUT_TABS.settings);
  const checked = settingsRowFindings(values, zone, INPUT_TABS.settings);
  findings.push(...checked.findings);
  const shop = checked.validRows ? workbookSettings(checked.validRows, zone) : workbookSettings(undefined, zone);
  const { settings } = shop;
  try {
    checkDateCellZone(settings, workbook.dateCellZone?.());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    findings.push({
      group: 'Accuracy',
      severity: 'ERROR',
      check: 'time-zone-mismatch',
      tab: INPUT_TABS.settings,
      a1: 'A1',
      message: error.message,
      fix: "Make the Settings timeZone the spreadsheet's own (File → Settings).",
    });
  }
  return shop;
}

/**
 * A tab with nothing to compute from yet (a WARNING), or whose data cannot be read (an ERROR: nothing may be signed off or
 * built from it), pointing at the cell the problem is about when there is one.
 */
function inputProblem(state: TabState, tab: string, problem: string, unreadable = false, cell?: CellPosition): CheckFinding {
  return {
    group: 'Accuracy',
    severity: unreadable ? 'ERROR' : 'WARNING',
    check: unreadable ? 'input-unreadable' : 'input-missing',
    tab: state.existing.actual(tab) ?? tab,
    a1: cell ? `${columnLetter(cell.col)}${cell.row + 1}` : 'A1',
    message: problem,
    fix: unreadable
      ? `Fix what the message names in ${tab} (or paste the export again), then refresh and check again.`
      : `Paste the export into ${tab}, header row included, then refresh.`,
  };
}

function staleFinding(state: TabState, warning: string): CheckFinding {
  return {
    group: 'Accuracy',
    severity: 'ERROR',
    check: 'readout-stale',
    tab: state.owned.has(ownedTabName(READOUT_TABS.kpis, state)) ? ownedTabName(READOUT_TABS.kpis, state) : INPUT_TABS.orders,
    a1: 'A3',
    message: warning.replace(/^WARNING: /, ''),
    fix: 'Refresh the read-out, then check again.',
  };
}

function healthOf(orders: Extract<SalesInput, { ok: true }>, settings: Settings, format: ReportFormat, state: TabState, read: Read): CheckFinding[] {
  let report;
  try {
    report = healthReport(orders.values, { format }, settings, INPUT_TABS.orders);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [inputProblem(state, INPUT_TABS.orders, error.message, true)];
  }
  const healthTab = ownedTabName(READOUT_TABS.health, state);
  const readout = state.owned.has(healthTab) ? read(healthTab) : undefined;
  return healthFindings(
    report,
    (metric) => {
      const row = readout?.findIndex((cells) => cells[0] === metric) ?? -1;
      return row >= 0 ? { tab: healthTab, a1: `A${row + 1}` } : { tab: INPUT_TABS.orders, a1: 'A1' };
    },
    format,
  );
}

function qaFindings(read: Read, settings: Settings, format: ReportFormat, setup: string): CheckFinding[] {
  const inputs = { products: read(INPUT_TABS.products), promos: read(INPUT_TABS.promos), links: read(INPUT_TABS.links) };
  const findings: CheckFinding[] = [];
  for (const result of qaResults(settings, inputs, format, setup)) {
    const tab = result.source.tab as 'Products' | 'Promos' | 'Links';
    if (result.failed && result.line) {
      findings.push({
        group: qaCheckGroup(tab, ''),
        severity: 'WARNING',
        check: 'tab-unreadable',
        tab,
        a1: 'A1',
        message: result.line,
        fix: 'Fix the header row; this tab was not checked.',
      });
    }
    for (const finding of result.findings) {
      const cell = sourceCell(result.source.values!, result.headerRow, finding);
      findings.push({
        group: qaCheckGroup(tab, finding.check),
        severity: finding.severity,
        check: finding.check,
        tab,
        a1: cell.a1,
        message: finding.message,
        fix: finding.fix,
      });
    }
  }
  return findings;
}
