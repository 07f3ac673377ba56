import { boardBatchText, refreshBoardBatch, type BoardBatch, type SendDigest } from '../core/actions/boardRun/refreshBoardBatch';
import { setUpBoard, setUpBoardText } from '../core/actions/boardRun/setUpBoard';
import { activeWorkbook } from './activeWorkbook';
import type { AppsScriptWorkbook } from './appsScriptWorkbook';
import { openSpreadsheet } from './boardWorkbooks';
import { withDocumentLock } from './documentLock';
import { requireScopesGranted } from './scopeConsent';
import { boardPull } from './tiktokShopMenu';
import { userFacing } from './userFacing';

/** Asked for only when the board is first refreshed (granular consent): opening another spreadsheet by its ID needs it. */
export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

const NOT_GRANTED =
  'Refresh board needs permission to open your client spreadsheets, and it was not granted. Choose Refresh board again and tick Google Sheets on the consent screen; the rest of TTS Ops works without it.';

/**
 * One batch of the board under the user's lock (a scheduled run has no document to lock), so a menu refresh and the user's digest never interleave;
 * each client whose shop this user connected is pulled first.
 */
export function boardBatch(board: AppsScriptWorkbook, send: SendDigest | null): Promise<BoardBatch> {
  const ports = { open: openSpreadsheet, clock: () => Date.now(), progress: send ? () => undefined : board.progress.bind(board), pull: boardPull };
  const run = () => withDocumentLock(() => refreshBoardBatch(board, ports, send), LockService.getUserLock());
  return send ? run() : withDocumentLock(run);
}

/**
 * Menu: adds the TTS · Board clients tab to fill with client spreadsheet URLs and the owned TTS · Board tab; never touches an existing tab.
 * @preserve
 */
global.ttsSetUpBoard = () =>
  userFacing(() => {
    const created = withDocumentLock(() => setUpBoard(activeWorkbook()));
    SpreadsheetApp.getUi().alert(setUpBoardText(created));
  });

/**
 * Menu: reads each listed client spreadsheet and writes TTS · Board, resuming where the last run stopped.
 * @preserve
 */
global.ttsRefreshBoard = () =>
  userFacing(() => {
    requireScopesGranted([SPREADSHEETS_SCOPE], NOT_GRANTED);
    return boardBatch(activeWorkbook(), null).then((batch) => SpreadsheetApp.getUi().alert(boardBatchText(batch)));
  });
