import { readBoardClients } from '../../../../src/core/actions/boardRun/boardClients';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';

describe('the board clients tab', () => {
  it('reads a spreadsheet URL or a bare ID, skips blank rows, reads a spreadsheet listed twice once, and keeps a cell that is neither', () => {
    const tab = [
      ['Client spreadsheet (URL or ID)', 'Your notes (not read)'],
      [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, 'Glow'],
      [''],
      [` ${ID} `],
      ['1Other-Spreadsheet_Id-0000000000000000000000'],
      ['Kopi sheet (ask Mia)'],
    ];
    expect(readBoardClients(tab)).toEqual([
      { ref: `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, id: ID, row: 2 },
      { ref: '1Other-Spreadsheet_Id-0000000000000000000000', id: '1Other-Spreadsheet_Id-0000000000000000000000', row: 5 },
      { ref: 'Kopi sheet (ask Mia)', id: null, row: 6 },
    ]);
  });
});
