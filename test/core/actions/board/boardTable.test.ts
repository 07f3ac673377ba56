import {
  BOARD_COLUMNS,
  BOARD_VIEW_COLUMNS,
  boardDocument,
  boardErrorRow,
  boardTable,
  boardView,
  type BoardRow,
} from '../../../../src/core/actions/board/agencyBoard';

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

describe('the board as people read it (terminal and board.html)', () => {
  it('dates a sign-off and an export on the given zone’s calendar, as board.csv does, not on UTC’s', () => {
    // 18:30 on Sunday 22 November in Los Angeles is already Monday in UTC.
    const evening = '2026-11-23T02:30:00.000Z';
    const signed: BoardRow = {
      ...read,
      lastSignOff: { by: 'ana@agency.example', at: evening, current: true },
      lastExport: { at: evening, by: 'ana@agency.example', cadence: 'WBR', period: '2026-11-16 – 2026-11-22' },
    };
    const [cells] = boardView(boardDocument([signed], NOW, NOW), 'America/Los_Angeles');
    const at = (column: string): string => cells[BOARD_VIEW_COLUMNS.indexOf(column as (typeof BOARD_VIEW_COLUMNS)[number])].text;
    expect([at('Last sign-off'), at('Last export')]).toEqual(['2026-11-22 ana@agency.example (current)', '2026-11-22 WBR']);
  });
});

describe('the board’s figures in board.html', () => {
  it('marks every count and amount as a figure (kept on one line, aligned) and the names and dates as text', () => {
    const withFigures: BoardRow = { ...read, gmv: { current: 1234.5, previous: 1000 }, qa: { errors: 1, warnings: 2 } };
    const [cells] = boardView(boardDocument([withFigures], NOW, NOW), 'America/Los_Angeles');
    const kinds = Object.fromEntries(BOARD_VIEW_COLUMNS.map((column, i) => [column, Boolean(cells[i].figure)]));
    const figureColumns = BOARD_VIEW_COLUMNS.filter((column) => kinds[column]);
    // The row has no health rates read, so its five rate cells are blank, not figures.
    expect(figureColumns).toEqual(['Overdue', 'Due in 24 h', 'GMV 7 days', 'Previous 7 days', 'QA errors', 'QA warnings']);
  });
});
