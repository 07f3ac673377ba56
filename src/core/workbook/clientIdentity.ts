import { InputError } from '../values/errors';
import type { ClientProfile } from './clientProfile';
import { isSettingsTab, workbookSettings } from './settingsTab';
import { INPUT_TABS, READOUT_TABS } from './tabNames';
import type { Workbook } from './workbookPort';

/** Whether a workbook is another one's client's, and if not, what it is instead. */
export type ClientMatch = { readonly same: true } | { readonly same: false; readonly what: string };

/** The client a workbook is for, by its Settings tab; undefined for a workbook with no readable Settings tab of this add-on. */
function clientOf(workbook: Workbook): ClientProfile | undefined {
  const values = workbook.readTab(INPUT_TABS.settings);
  if (!values || !isSettingsTab(values)) return undefined;
  try {
    return workbookSettings(values, workbook.timeZone()).client;
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** Name (case and spacing aside) and market: what tells two clients apart. */
const identity = (client: ClientProfile): string => `${client.name.trim().replace(/\s+/g, ' ').toLowerCase()}|${client.market}`;

/**
 * Whether `other` is a workbook of the client `source` is for: the same client name and market in
 * their Settings tabs; for a source without Settings, another without Settings that holds the
 * add-on's read-out tabs (an earlier refresh's output). A user's file must not be replaced by a refresh.
 */
export function matchClient(source: Workbook, other: Workbook): ClientMatch {
  const ours = clientOf(source);
  const theirs = clientOf(other);
  if (ours && theirs) {
    if (identity(ours) === identity(theirs)) return { same: true };
    return { same: false, what: `the workbook of another client (${theirs.name.trim() || 'no name'}, market ${theirs.market || 'not set'})` };
  }
  if (theirs) return { same: false, what: `the workbook of a client (${theirs.name.trim() || 'no name'}), while the source has no Settings tab` };
  const readOut = Object.values(READOUT_TABS);
  if (!ours && other.listTabs().some((name) => readOut.some((tab) => name.startsWith(tab)))) return { same: true };
  return { same: false, what: 'a workbook that is not a TTS Ops client workbook (no Settings tab)' };
}
