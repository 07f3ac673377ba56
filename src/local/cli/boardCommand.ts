import { join, resolve } from 'node:path';
import {
  BOARD_COLUMNS,
  boardBlocks,
  boardChanges,
  boardDocument,
  boardErrorRow,
  boardRow,
  boardTable,
  boardTitle,
  digestMessage,
  digestText,
  isBoardTitle,
  isDigestMessage,
  parseBoardDocument,
  sortBoard,
  type BoardDocument,
  type BoardRow,
} from '../../core/actions/board/agencyBoard';
import { renderBlocksHtml } from '../../core/report/render/htmlReport';
import { InputError } from '../../core/values/errors';
import { FileProblem, readBytes } from '../files/fileProblem';
import { assertOutputFolder, makeFolder } from '../files/makeFolder';
import { assertOwnedOutputs, type OwnedOutput } from '../files/ownedOutput';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { csvText } from '../render/csvText';
import { openWithInputs } from '../xlsx/xlsxFile';
import type { CommandContext } from './commandContext';
import { boardTerminalTable } from './boardTerminalTable';

export interface BoardOptions {
  /** ISO date-time the orders due are counted from; default the time it runs. */
  readonly now?: string;
  readonly json?: boolean;
  readonly out?: string;
  /** A previous board.json: print only what changed since. */
  readonly since?: string;
  /** Write the digest of changes as an RFC 5322 message to this file. */
  readonly digest?: string;
}

/** The machine's time zone: the table's, the page's and the CSV's sign-off and export times are in it, as the Sheets board writes them in the board's. */
const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Exit code when no workbook could be read. */
const NONE_READ = 2;

/** An ISO date-time with its offset: without one it would be read on this machine's clock, not any shop's. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

function nowOf(text: string | undefined, context: CommandContext): Date {
  if (text === undefined) return context.now();
  const now = ISO_INSTANT.test(text) ? new Date(text) : new Date(NaN);
  if (isNaN(now.getTime())) {
    throw new InputError(`--now must be an ISO date-time with its offset, such as 2026-11-23T09:00:00-08:00 or 2026-11-23T17:00:00Z; got '${text}'.`);
  }
  return now;
}

/**
 * One workbook's row, named by its absolute path (how a later --since finds it again); a file that cannot be
 * opened (missing, unreadable, damaged, not .xlsx) becomes a row with the reason.
 */
async function rowOf(given: string, now: Date): Promise<BoardRow> {
  const file = resolve(given);
  try {
    return boardRow(await openWithInputs(file), { file }, now);
  } catch (error) {
    if (error instanceof FileProblem || error instanceof InputError) return boardErrorRow({ file }, error.message);
    throw error;
  }
}

/**
 * `tts-ops board <workbook.xlsx>...`: every client's health, orders due, GMV, QA and sign-off in one table, worst
 * first; each workbook is only read (no lock, never written). Exit 2 when none could be read.
 */
export async function boardCommand(files: readonly string[], options: BoardOptions, context: CommandContext): Promise<number> {
  const now = nowOf(options.now, context);
  if (options.out) await assertOutputFolder(options.out);
  await assertOwnedOutputs('board', [
    ...(options.out ? BOARD_FILES.map((name) => ownedBoardFile(join(options.out!, name))) : []),
    ...(options.digest
      ? [
          {
            path: options.digest,
            what: 'a board digest',
            isOurs: (text: string) => isDigestMessage(text, (base64) => Buffer.from(base64, 'base64').toString('utf8')),
          },
        ]
      : []),
  ]);
  const previous = options.since ? parseBoardDocument((await readBytes(options.since)).toString('utf8'), options.since) : undefined;
  // A workbook named twice (a glob plus its own name, another relative path) is one client: one row, one digest line.
  const unique = files.filter((file, i) => files.findIndex((other) => resolve(other) === resolve(file)) === i);
  const rows: BoardRow[] = [];
  for (const [i, file] of unique.entries()) {
    context.reporter.progress(`Reading ${file}`, i, unique.length);
    rows.push(await rowOf(file, now));
  }
  context.reporter.clear();
  const current = boardDocument(sortBoard(rows), now, context.now());
  const digest = previous || options.digest ? boardChanges(previous, current) : undefined;
  const document: BoardDocument = digest ? { ...current, alerted: digest.alerted } : current;

  const lines: string[] = [];
  if (options.json) context.print(JSON.stringify(document, null, 2));
  else if (options.since)
    lines.push(digest!.changes.length ? digestText(digest!.changes, localZone()) : `No changes since the board of ${previous!.now}.`);
  else (context.printStyled ?? context.print)(boardTerminalTable(document, context.colour === true, localZone()));

  if (options.out) lines.push(...(await writeBoardFiles(options.out, document)));
  if (options.digest) {
    if (digest!.changes.length) {
      const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
      await writeFileAtomically(options.digest, Buffer.from(digestMessage(digest!.changes, localZone(), now, base64), 'utf8'));
      lines.push(`Wrote ${options.digest} (${digest!.changes.length} change${digest!.changes.length === 1 ? '' : 's'}).`);
    } else lines.push(`Nothing changed: no digest written to ${options.digest}.`);
  }
  if (lines.length) (options.json ? context.printError : context.print)(lines.join('\n'));
  return rows.every((row) => row.error) ? NONE_READ : 0;
}

const BOARD_FILES = ['board.html', 'board.csv', 'board.json'] as const;

/** board.html, board.csv and board.json in `dir`, each replaced whole (an earlier board's: assertOwnedOutputs refused any other file). */
async function writeBoardFiles(dir: string, document: BoardDocument): Promise<string[]> {
  await makeFolder(dir);
  const texts: Record<(typeof BOARD_FILES)[number], string> = {
    'board.html': renderBlocksHtml(boardTitle(document, localZone()), boardBlocks(document, localZone())),
    'board.csv': csvText([[...BOARD_COLUMNS], ...boardTable(document, localZone()).rows.map((row) => row.map(String))]),
    'board.json': `${JSON.stringify(document, null, 2)}\n`,
  };
  const written: string[] = [];
  for (const name of BOARD_FILES) {
    const path = join(dir, name);
    await writeFileAtomically(path, Buffer.from(texts[name], 'utf8'));
    written.push(`Wrote ${path}`);
  }
  return written;
}

/** How an earlier board's page, table or document is told from a file of the user's under the same name. */
function ownedBoardFile(path: string): OwnedOutput {
  if (path.endsWith('.html')) return { path, what: 'a board page', isOurs: isBoardTitle };
  if (path.endsWith('.csv'))
    return { path, what: 'a board table', isOurs: (text) => text.startsWith(`\uFEFF${BOARD_COLUMNS.slice(0, 2).join(',')},`) };
  const isOurs = (text: string): boolean => {
    try {
      return Boolean(parseBoardDocument(text, path));
    } catch {
      return false;
    }
  };
  return { path, what: 'a board document', isOurs };
}
