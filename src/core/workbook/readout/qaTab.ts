import type { ReportFormat } from '../../format/reportFormat';
import { shopFormat } from '../shopFormat';
import { InputError } from '../../values/errors';
import type { Finding, Severity } from '../../qa/finding';
import { LISTING_SPEC, listingFindings } from '../../qa/listingQa';
import { PROMO_SPEC, promoFindings } from '../../qa/promoQa';
import type { Settings } from '../../settings/settings';
import { readTable, type TableSpec } from '../../table/readTable';
import { findHeaderRow, headerIndex } from '../../table/findHeaderRow';
import { normalizeHeader } from '../../table/normalizeHeader';
import { columnLetter } from '../../values/columnLetter';
import { INPUT_TABS, READOUT_TABS } from '../tabNames';
import type { CellValue, TabContent } from '../workbookPort';
import { linkFindings, LINK_SPEC } from './linkFindings';
import { readoutColumns, READOUT_FROZEN_ROWS, startReadout, type ReadoutContext } from './readoutContext';
import type { TabBuilder } from './tabBuilder';

export interface QaInputs {
  readonly products: CellValue[][] | undefined;
  readonly promos: CellValue[][] | undefined;
  readonly links: CellValue[][] | undefined;
}

export interface QaReadout {
  readonly content: TabContent;
  readonly counts: Record<Severity, number>;
}

export const QA_HEADER = ['Tab', 'Row', 'Severity', 'Check', 'Message', 'Fix', 'Go to'];

export const SEVERITY_FILLS: Readonly<Record<Severity, string | null>> = { ERROR: '#f4cccc', WARNING: '#fff2cc', INFO: null };

/** One input tab's checks: where its header is (findings count rows from it) and how to run them. */
interface QaSource {
  readonly tab: string;
  readonly values: CellValue[][] | undefined;
  readonly spec: TableSpec<string>;
  readonly what: string;
  readonly run: (values: CellValue[][]) => Finding[];
}

/** The cell a finding is about, in the tab: its row from the header row; its column by header text (A when none). */
export function sourceCell(values: readonly (readonly unknown[])[], headerRow: number, finding: Finding): { row: number; a1: string } {
  const row = headerRow + finding.row; // finding rows count the header as 1; sheet rows count from 1
  const column = finding.column === undefined ? undefined : headerIndex(values[headerRow]).get(normalizeHeader(finding.column));
  return { row, a1: `${columnLetter(column ?? 0)}${row}` };
}

/** A tab's findings, or the one line that says why there are none (`failed` when the tab could not be read). */
export type SourceResult = {
  readonly source: QaSource;
  readonly findings: readonly Finding[];
  readonly headerRow: number;
  readonly line?: string;
  readonly failed?: boolean;
};

function runSource(source: QaSource, setup: string): SourceResult {
  const { tab, values } = source;
  const none = (line: string): SourceResult => ({ source, findings: [], headerRow: -1, line });
  if (!values) return none(`No '${tab}' tab: ${setup}, then list ${source.what} in it.`);
  try {
    const findings = source.run(values);
    if (!findings.length) {
      const rows = readTable(values, source.spec, tab).rows.length;
      return none(rows ? `No findings in ${rows} rows.` : `No rows yet: list ${source.what} under the header.`);
    }
    return {
      source,
      findings,
      headerRow: findHeaderRow(
        values,
        source.spec.required.map((key) => source.spec.columns[key]),
      ),
    };
  } catch (error) {
    if (error instanceof InputError) return { ...none(error.message), failed: true };
    throw error;
  }
}

function writeResult(builder: TabBuilder, { source, findings, headerRow, line }: SourceResult): void {
  const { tab, values } = source;
  if (line !== undefined || !values) {
    builder.row([tab, '', '', '', line ?? '']);
    return;
  }
  for (const finding of findings) {
    const cell = sourceCell(values, headerRow, finding);
    builder.row(
      [tab, cell.row, finding.severity, finding.check, finding.message, finding.fix, `${tab}!${cell.a1}`],
      [],
      SEVERITY_FILLS[finding.severity],
    );
    builder.link(QA_HEADER.length - 1, tab, cell.a1);
  }
}

/** The listing, promotion and link checks of the Products, Promos and Links tabs, one result per tab; a missing tab names `setup` (Surface.setup). */
export function qaResults(settings: Settings, inputs: QaInputs, format: ReportFormat, setup: string): SourceResult[] {
  const sources: QaSource[] = [
    {
      tab: INPUT_TABS.products,
      values: inputs.products,
      spec: LISTING_SPEC,
      what: 'your products',
      run: (v) => listingFindings(v, settings, INPUT_TABS.products, format),
    },
    {
      tab: INPUT_TABS.promos,
      values: inputs.promos,
      spec: PROMO_SPEC,
      what: 'your promotions',
      run: (v) => promoFindings(v, inputs.products ?? '', settings, INPUT_TABS.promos, format),
    },
    {
      tab: INPUT_TABS.links,
      values: inputs.links,
      spec: LINK_SPEC,
      what: 'your tracked links',
      run: (v) => linkFindings(v, settings, INPUT_TABS.links),
    },
  ];
  return sources.map((source) => runSource(source, setup));
}

/** `TTS · QA`: listing, promotion and link findings, each with a link to the cell at fault. */
export function qaTab(context: ReadoutContext, inputs: QaInputs, setup: string): QaReadout {
  const definition =
    'listing, promotion and UTM link checks of the Products, Promos and Links tabs (rules, defaults and sources in docs/CHECKS.md); thresholds from the Settings tab.';
  const builder = startReadout(context, READOUT_TABS.qa, definition);
  const results = qaResults(context.settings, inputs, shopFormat(context), setup);
  const counts: Record<Severity, number> = { ERROR: 0, WARNING: 0, INFO: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  builder.line(`Findings: ${counts.ERROR} errors, ${counts.WARNING} warnings, ${counts.INFO} notes.`).blank().heading(QA_HEADER);
  for (const result of results) writeResult(builder, result);
  const columns = [...readoutColumns(4, 100, 90), { column: 4, width: 420 }, { column: 5, width: 360 }, { column: 6, width: 120 }];
  return { content: builder.build(READOUT_FROZEN_ROWS, columns), counts };
}
