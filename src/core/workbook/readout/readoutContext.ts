import { InputError } from '../../values/errors';
import type { Settings } from '../../settings/settings';
import type { ClientProfile } from '../clientProfile';
import type { ColumnFormat } from '../workbookPort';
import { freshnessLine } from './freshness';
import type { NumberFormats } from '../../format/numberFormats';
import { TabBuilder } from './tabBuilder';

/** What every read-out tab is written with. */
export interface ReadoutContext {
  readonly settings: Settings;
  readonly client: ClientProfile;
  readonly formats: NumberFormats;
  readonly now: Date;
  /** `2026-11-22 23:58`: the last Paid Time in the Orders tab, or null without orders. */
  readonly dataThrough: string | null;
  /** Sections that could not be computed from data present: their messages, in order. */
  readonly problems: string[];
}

/** Title, title and freshness lines stay in view. */
export const READOUT_FROZEN_ROWS = 3;

/** A read-out tab opening with its title, the definition it used and the freshness line. */
export function startReadout(context: ReadoutContext, name: string, definition: string): TabBuilder {
  const builder = new TabBuilder(name, context.problems);
  builder.heading([context.client.name ? `${name} · ${context.client.name}` : name]);
  builder.line(`Definition used: ${definition}`);
  builder.line(freshnessLine(context.dataThrough, context.now, context.settings.timeZone));
  builder.blank();
  return builder;
}

/**
 * Runs one section of a tab; a problem with the user's data becomes a line under the section's
 * title, naming the input tab, instead of failing the refresh. `write` computes everything before it writes a row.
 */
export function writeSection<T>(builder: TabBuilder, title: string, inputTab: string, write: () => T): T | undefined {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    builder.heading([title]).problem(error.message.startsWith(`${inputTab}:`) ? error.message : `${inputTab}: ${error.message}`);
    return undefined;
  } finally {
    builder.blank();
  }
}

/** The first column holds labels; the others numbers. */
export function readoutColumns(width: number, firstWidth = 220, otherWidth = 120): ColumnFormat[] {
  return Array.from({ length: width }, (_, column) => ({ column, width: column === 0 ? firstWidth : otherWidth }));
}
