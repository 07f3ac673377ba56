import type { CellValue } from '../../core/workbook/workbookPort';

/** A very hidden sheet holding what the add-on records in a file: the tabs it owns and its properties. */
export const STATE_SHEET = '_tts_ops';

const OWNED = 'owned tab';
const PROPERTY = 'property';

export interface AddOnState {
  /** Owned tab → the text its A1 had when marked: a user's new tab under an old name lacks it. */
  readonly owned: Map<string, string>;
  readonly properties: Record<string, string>;
}

export function stateFromRows(rows: readonly (readonly CellValue[])[]): AddOnState {
  const state: AddOnState = { owned: new Map(), properties: {} };
  for (const row of rows) {
    const [kind, key, value] = [0, 1, 2].map((col) => String(row[col] ?? ''));
    if (kind === OWNED) state.owned.set(key, value);
    else if (kind === PROPERTY) state.properties[key] = value;
  }
  return state;
}

/** The state sheet's rows: a header, then one row per owned tab and per property. */
export function stateRows(state: AddOnState): string[][] {
  return [
    ['kind', 'key', 'value'],
    ...[...state.owned].map(([name, marker]) => [OWNED, name, marker]),
    ...Object.entries(state.properties).map(([key, value]) => [PROPERTY, key, value]),
  ];
}
