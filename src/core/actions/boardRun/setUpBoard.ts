import { ownedTabName, tabState, writeOwnedTab } from '../../workbook/ownedTabs';
import type { Workbook } from '../../workbook/workbookPort';
import { SHEETS_BOARD_MENU } from '../../workbook/surface';
import { BOARD_CLIENTS_TAB, boardClientsTab } from './boardClients';

/** The owned tab the board is written to. */
export const BOARD_TAB = 'TTS · Board';

/**
 * `Agency board`: adds the clients tab the user fills, when missing, and the owned board tab, when none is
 * owned yet; never touches a tab that exists. Returns the tabs created.
 */
export function setUpBoard(workbook: Workbook): string[] {
  const state = tabState(workbook);
  const created: string[] = [];
  if (!state.existing.has(BOARD_CLIENTS_TAB)) {
    workbook.writeTab(boardClientsTab());
    created.push(BOARD_CLIENTS_TAB);
  }
  if (!state.owned.has(ownedTabName(BOARD_TAB, state))) {
    const intro = `List each client spreadsheet (its URL) in ${BOARD_CLIENTS_TAB}, one a row, then choose ${SHEETS_BOARD_MENU.refresh}.`;
    created.push(writeOwnedTab(workbook, { name: BOARD_TAB, values: [[BOARD_TAB], [intro]] }, state));
  }
  return created;
}

export function setUpBoardText(created: readonly string[]): string {
  const made = created.length ? `Created ${created.join(' and ')}. ` : `${BOARD_CLIENTS_TAB} and ${BOARD_TAB} are already set up. `;
  return `${made}Paste each client spreadsheet's URL into ${BOARD_CLIENTS_TAB} (column A, one a row), then choose Refresh board.`;
}
