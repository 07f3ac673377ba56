import { InputError, type CellPosition } from '../../values/errors';
import { readSalesTable, type SalesTable } from '../../metrics/readSalesTable';
import { analyticsRepeats } from '../../metrics/analyticsRepeats';
import type { Settings } from '../../settings/settings';
import type { CellValue } from '../workbookPort';
import { dataThrough, type DataThrough } from './freshness';

/** An input tab read once: its values and last date, or why there is nothing to compute from. */
export type SalesInput =
  | { readonly ok: true; readonly values: CellValue[][]; readonly sales: SalesTable; readonly through: DataThrough }
  | {
      readonly ok: false;
      readonly problem: string;
      /** The tab is missing or has no dated rows: nothing to compute yet, not an error. */ readonly empty: boolean;
      /** The cell the problem is about, when one is. */
      readonly cell?: CellPosition;
    };

/** What the user should do when a tab is missing or empty, per input tab. */
export interface SalesTabHelp {
  readonly tab: string;
  readonly what: string;
}

/** The input tab read; a missing tab names `setup`, the set-up as the surface asking says it (Surface.setup). */
export function salesInput(values: CellValue[][] | undefined, help: SalesTabHelp, settings: Settings, setup: string): SalesInput {
  if (!values) return { ok: false, empty: true, problem: `No '${help.tab}' tab: ${setup}, then paste ${help.what} into it.` };
  try {
    const sales = readSalesTable(values, help.tab);
    // Two rows of one day and product that disagree: nothing is computed from the tab until one is deleted.
    if (sales.kind === 'analytics') analyticsRepeats(sales.table, settings);
    const through = dataThrough(sales, settings);
    if (!through)
      return { ok: false, empty: true, problem: `The '${help.tab}' tab has no dated rows yet: paste ${help.what} into it, header row included.` };
    return { ok: true, values, sales, through };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, empty: false, problem: error.message, cell: error.cell };
    throw error;
  }
}

export const ORDERS_HELP: SalesTabHelp = { tab: 'Orders', what: 'the Seller Center order export' };
export const ANALYTICS_HELP: SalesTabHelp = { tab: 'Analytics', what: 'the Data Compass product analytics export' };
