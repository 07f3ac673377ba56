import { InputError } from '../values/errors';
import { formatDay } from '../values/calendarDay';
import { dayArgument } from '../metrics/dayArgument';
import { evidencePack, type EvidencePack } from '../health/evidence/evidencePack';
import type { EvidenceMetric } from '../health/evidence/evidenceMetric';
import type { ReportFormat } from '../format/reportFormat';
import { evidenceBlocks } from '../report/evidenceBlocks';
import type { Block } from '../report/reportBlocks';
import type { ClientProfile } from '../workbook/clientProfile';
import { memoizedInputReader } from '../workbook/inputReader';
import { tabState } from '../workbook/ownedTabs';
import { workbookSettings } from '../workbook/settingsTab';
import { shopFormat } from '../workbook/shopFormat';
import { INPUT_TABS } from '../workbook/tabNames';
import type { Workbook } from '../workbook/workbookPort';
import { CLIENT_NAME_NOT_SET } from './export/buildClientUpdate';
import { logExport } from './export/exportsLog';

export interface EvidenceAsk {
  readonly metric: EvidenceMetric;
  /** The window's first and last day (YYYY-MM-DD or a date): both or neither; neither = the read-out's health window. */
  readonly from?: unknown;
  readonly to?: unknown;
  /** How the surface names those two in a message: `--from`, "The window's first day" (the default). */
  readonly dayNames?: { readonly from: string; readonly to: string };
  /** Announced exemption days (YYYY-MM-DD) an LDR dispute may skip like holidays. */
  readonly exemptDays?: readonly string[];
}

/** A typed window's first and last day: "2026-11-16 2026-11-29", with "to", a spaced hyphen or a dash between; blank = neither. */
export function windowAnswer(text: string): { from?: string; to?: string } {
  const [from, to] = text ? text.split(/\s+to\s+|\s*[–—]\s*|\s+-\s+|\s+/) : [];
  return { from, to };
}

/** The window's days as a prompt for them names them. */
export const WINDOW_DAY_NAMES = { from: "The window's first day", to: "The window's last day" } as const;

/** A pack ready to render: its model, title, blocks and the names its files and tab take. */
export interface BuiltEvidence {
  readonly pack: EvidencePack;
  readonly client: ClientProfile;
  readonly format: ReportFormat;
  readonly title: string;
  readonly blocks: Block[];
  /** `<window>` of the file names: 2026-11-16-to-2026-11-29. */
  readonly windowSlug: string;
  /** The Orders tab as the workbook spells it, for links to an order's row. */
  readonly ordersTab: string;
}

/** Reads Settings and Orders once (nothing is written) and builds the evidence pack of one rate. */
export function buildEvidence(workbook: Workbook, ask: EvidenceAsk): BuiltEvidence {
  const state = tabState(workbook);
  const read = memoizedInputReader(workbook, state);
  const shop = workbookSettings(read(INPUT_TABS.settings), workbook.timeZone());
  const { settings, client } = shop;
  const ordersTab = state.existing.actual(INPUT_TABS.orders) ?? INPUT_TABS.orders;
  const values = read(INPUT_TABS.orders);
  if (!values) throw new InputError(`No '${INPUT_TABS.orders}' tab: paste the Seller Center order export into it first.`);
  const format = shopFormat(shop);
  const names = ask.dayNames ?? WINDOW_DAY_NAMES;
  const from = dayArgument(ask.from, names.from, settings);
  const to = dayArgument(ask.to, names.to, settings);
  const pack = evidencePack(values, { metric: ask.metric, from, to, exemptDays: ask.exemptDays, format }, settings, ordersTab);
  const [first, last] = [formatDay(pack.window.from), formatDay(pack.window.to)];
  return {
    pack,
    client,
    format,
    title: `${client.name || CLIENT_NAME_NOT_SET} — ${ask.metric} evidence — ${first} to ${last}`,
    blocks: evidenceBlocks(pack, format),
    windowSlug: `${first}-to-${last}`,
    ordersTab,
  };
}

/** Adds the pack's row to `TTS · Exports`: when, who, the rate and window, the outputs. Returns the tab written. */
export function logEvidence(workbook: Workbook, built: BuiltEvidence, by: string, at: Date, outputs: readonly string[]): string {
  const { pack } = built;
  return logExport(workbook, {
    at,
    by,
    cadence: `Evidence ${pack.metric}`,
    period: `${formatDay(pack.window.from)} – ${formatDay(pack.window.to)}`,
    asOf: formatDay(pack.window.to),
    outputs,
    signOff: '',
    override: '',
    internal: [pack.whatIf],
    kind: 'Evidence pack',
    fingerprint: '',
  });
}
