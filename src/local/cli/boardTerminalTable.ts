import { BOARD_VIEW_COLUMNS, boardView, type BoardDocument } from '../../core/actions/board/agencyBoard';
import type { HealthStatus } from '../../core/health/healthReport';
import { terminalText } from './terminalText';
import { displayWidth, padToWidth } from './terminalWidth';

/** SGR colours of a status (green, yellow, red, grey), as the read-out's fills. */
const STATUS_COLOURS: Readonly<Record<HealthStatus, string>> = { OK: '32', WATCH: '33', 'AT RISK': '31', 'NOT ENOUGH DATA': '90' };

/** The board as a text table (days on `zone`'s calendar), columns padded; with `colour`, each rate in its status's colour and bad counts in red. Cell text is made terminal-safe here. */
export function boardTerminalTable(document: BoardDocument, colour: boolean, zone: string): string {
  const rows = boardView(document, zone);
  // A line break in a name from Settings would split its row and shift every column after it.
  const cells = rows.map((row) => row.map((cell) => terminalText(cell.text.replace(/\s*[\r\n]+\s*/g, ' '))));
  const shown = BOARD_VIEW_COLUMNS.map((_, c) => c).filter((c) => cells.some((row) => row[c] !== ''));
  const widths = shown.map((c) => Math.max(displayWidth(BOARD_VIEW_COLUMNS[c]), ...cells.map((row) => displayWidth(row[c]))));
  const line = (texts: readonly string[], paint: (text: string, c: number) => string): string =>
    shown
      .map((c, i) => paint(padToWidth(texts[c], widths[i]), c))
      .join('  ')
      .trimEnd();
  const header = line(BOARD_VIEW_COLUMNS, (text) => text);
  const body = cells.map((texts, r) =>
    line(texts, (text, c) => {
      const cell = rows[r][c];
      const code = cell.status ? STATUS_COLOURS[cell.status] : cell.tone === 'bad' ? '31' : undefined;
      return colour && code ? `\x1b[${code}m${text}\x1b[0m` : text;
    }),
  );
  return [header, ...body].join('\n');
}
