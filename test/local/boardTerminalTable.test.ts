import { boardDocument, boardErrorRow, type BoardRow } from '../../src/core/actions/board/agencyBoard';
import { boardTerminalTable } from '../../src/local/cli/boardTerminalTable';
import { displayWidth } from '../../src/local/cli/terminalWidth';

const NOW = new Date('2026-11-23T17:00:00Z');
const row: BoardRow = {
  ...boardErrorRow({ file: '/clients/glow.xlsx' }, ''),
  error: null,
  client: 'Glow\x1b]0;pwned\x07 &\r\nCo\x1b[2J',
  market: 'US',
  currency: 'USD',
  health: [{ metric: 'LDR', value: 0.045, status: 'AT RISK', warning: '' }],
  ordersDue: { overdue: 3, next24h: 1, wouldBreachLdr: false },
};

describe('the board on a terminal', () => {
  const document = boardDocument([row], NOW, NOW);

  it('colours a rate by its status and an overdue count in red, and only there', () => {
    const [header, line] = boardTerminalTable(document, true, 'America/Los_Angeles').split('\n');
    expect(header).toMatch(/^Client +Market +LDR +Overdue +Due in 24 h +Last sign-off +Last export$/);
    expect(line).toContain('\x1b[31m4.5% AT RISK\x1b[0m');
    expect(line).toMatch(/\x1b\[31m3 +\x1b\[0m/);
    expect(boardTerminalTable(document, false, 'America/Los_Angeles')).not.toContain('\x1b');
  });

  it("drops a name's own escape sequences even though the coloured table is printed as it is", () => {
    const text = boardTerminalTable(document, true, 'America/Los_Angeles');
    expect(text).toContain('Glow & Co');
    expect(text.split('\n')).toHaveLength(2);
    expect(text.replace(/\x1b\[(31|0)m/g, '')).not.toContain('\x1b');
  });

  it('keeps the columns aligned under a Japanese, a Thai and a Vietnamese name (wide characters take two columns, marks none)', () => {
    const names = ['グロー化粧品', 'สวัสดีบิวตี้', 'Làm Đẹp Việt'];
    const rows = names.map((client, i): BoardRow => ({ ...row, file: `/clients/${i}.xlsx`, client }));
    const lines = boardTerminalTable(boardDocument(rows, NOW, NOW), false, 'Asia/Tokyo').split('\n');
    const marketColumn = lines.slice(1).map((line) => displayWidth(line.slice(0, line.indexOf('US'))));
    expect(marketColumn).toEqual(marketColumn.map(() => displayWidth('グロー化粧品  ')));
    expect(displayWidth(lines[0].slice(0, lines[0].indexOf('Market')))).toBe(displayWidth('グロー化粧品  '));
  });
});
