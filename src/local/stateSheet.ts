import type { Workbook as ExcelWorkbook } from 'exceljs';

/** A very hidden sheet holding what the add-on records in a file: the tabs it owns and its properties. */
export const STATE_SHEET = '_tts_ops';

const OWNED = 'owned tab';
const PROPERTY = 'property';

export interface AddOnState {
  /** Owned tab → the text its A1 had when marked: a user's new tab under an old name lacks it. */
  readonly owned: Map<string, string>;
  readonly properties: Record<string, string>;
}

export function readState(book: ExcelWorkbook): AddOnState {
  const state: AddOnState = { owned: new Map(), properties: {} };
  book.getWorksheet(STATE_SHEET)?.eachRow((row) => {
    const [kind, key, value] = [1, 2, 3].map((col) => String(row.getCell(col).text ?? ''));
    if (kind === OWNED) state.owned.set(key, value);
    else if (kind === PROPERTY) state.properties[key] = value;
  });
  return state;
}

/** Rewrites the state sheet (last, very hidden) when there is anything to record. */
export function writeState(book: ExcelWorkbook, state: AddOnState): void {
  const previous = book.getWorksheet(STATE_SHEET);
  const keys = Object.keys(state.properties);
  if (!previous && !state.owned.size && !keys.length) return;
  if (previous) book.removeWorksheet(previous.id);
  const sheet = book.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  sheet.addRow(['kind', 'key', 'value']);
  sheet.addRows([...state.owned].map(([name, marker]) => [OWNED, name, marker]));
  sheet.addRows(keys.map((key) => [PROPERTY, key, state.properties[key]]));
}
