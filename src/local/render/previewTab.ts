import type { Cell, Worksheet } from 'exceljs';
import { cssColor } from '../xlsx/argbColor';
import { formatCellText } from './formatCellText';

const PIXELS_PER_CHARACTER = 7;
const DEFAULT_COLUMN_PIXELS = 100;

export interface PreviewCell {
  readonly text: string;
  readonly numeric: boolean;
  readonly bold: boolean;
  readonly link: boolean;
  /** CSS colour, or '' for none. */
  readonly background: string;
  /** Columns the cell spans: text runs on over empty cells to its right, as in a spreadsheet. */
  readonly span: number;
}

/** What a screenshot of a tab shows: its cells as displayed, column widths, frozen rows. */
export interface PreviewTab {
  readonly name: string;
  readonly widths: number[];
  readonly frozenRows: number;
  readonly rows: PreviewCell[][];
  /** Rows left out below `rows`. */
  readonly moreRows: number;
}

/** A written worksheet as it would look on screen, up to `maxRows` rows. */
export function previewTab(sheet: Worksheet, maxRows = Infinity): PreviewTab {
  const [lastRow, width] = lastCell(sheet);
  const height = Math.min(lastRow, maxRows);
  const widths = Array.from({ length: width }, (_, c) => {
    const characters = sheet.getColumn(c + 1).width;
    return characters ? Math.round(characters * PIXELS_PER_CHARACTER) : DEFAULT_COLUMN_PIXELS;
  });
  const rows: PreviewCell[][] = [];
  for (let r = 1; r <= height; r++) {
    const row = sheet.getRow(r);
    const cells: PreviewCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = previewCell(row.getCell(c));
      let span = 1;
      if (cell.text && !cell.numeric) while (c + span <= width && isEmpty(row.getCell(c + span))) span++;
      cells.push({ ...cell, span });
      c += span - 1;
    }
    rows.push(cells);
  }
  const view = sheet.views[0];
  const frozenRows = view && view.state === 'frozen' ? (view.ySplit ?? 0) : 0;
  return { name: sheet.name, widths, frozenRows, rows, moreRows: lastRow - height };
}

function previewCell(cell: Cell): Omit<PreviewCell, 'span'> {
  const value = cell.value;
  const shown = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
  const fill = cell.fill && cell.fill.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
  return {
    text: formatCellText(shown, cell.numFmt),
    numeric: typeof shown === 'number',
    bold: cell.font?.bold === true,
    link: cell.font?.underline === true,
    background: fill ? cssColor(fill) : '',
  };
}

/** Row and column number of the last cells holding a value (exceljs' actual counts skip blank rows in between). */
function lastCell(sheet: Worksheet): [number, number] {
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, columnNumber) => {
      if (isEmpty(cell)) return;
      lastRow = rowNumber;
      lastColumn = Math.max(lastColumn, columnNumber);
    }),
  );
  return [lastRow, lastColumn];
}

function isEmpty(cell: Cell): boolean {
  return cell.value === null || cell.value === undefined || cell.value === '';
}
