import { BOARD_COLUMNS, boardDocument, boardErrorRow, boardTable, type BoardRow } from '../../../../src/core/actions/board/agencyBoard';

const NOW = new Date('2026-11-23T17:00:00Z');

/** A client read whole that was never signed off nor exported, beside one that could not be read. */
const read: BoardRow = { ...boardErrorRow({ file: 'glow.xlsx' }, ''), error: null, client: 'Glow & Co', market: 'US' };
const unreadable = boardErrorRow({ file: 'broken.xlsx' }, 'broken.xlsx is not an .xlsx workbook (not a zip file).');

describe('the board table (Sheets tab and board.csv)', () => {
  it('says none for a missing sign-off and a missing export alike, as the terminal and board.html do, and leaves an unreadable row blank', () => {
    const [readRow, unreadableRow] = boardTable(boardDocument([read, unreadable], NOW, NOW), 'America/Los_Angeles').rows;
    const at = (row: unknown[], column: string): unknown => row[BOARD_COLUMNS.indexOf(column)];
    expect([at(readRow, 'Last QA sign-off'), at(readRow, 'Last client export')]).toEqual(['none', 'none']);
    expect([at(unreadableRow, 'Last QA sign-off'), at(unreadableRow, 'Last client export')]).toEqual(['', '']);
  });
});
