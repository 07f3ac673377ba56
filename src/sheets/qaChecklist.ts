import { checklistView, parseCellArguments, parseSignOffArguments, signOffFromSidebar } from '../core/actions/checklistView';
import type { ServesSidebar } from '../core/actions/sidebarContract';
import { InputError } from '../core/values/errors';
import { activeWorkbook } from './activeWorkbook';
import { withDocumentLock } from './documentLock';
import { userFacing } from './userFacing';

/**
 * Menu: the QA checklist sidebar.
 * @preserve
 */
global.ttsOpenQaChecklist = () =>
  userFacing(() => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('TTS Ops · QA checklist')
      .setWidth(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME);
    SpreadsheetApp.getUi().showSidebar(html);
  });

/** The sidebar's server functions (src/core/actions/sidebarContract.ts), registered as globals below. */
const sidebarServer = {
  ttsQaChecklist: () => userFacing(() => checklistView(activeWorkbook(), new Date())),
  ttsQaSelect: (tab, a1) =>
    userFacing(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const cell = parseCellArguments(
        tab,
        a1,
        spreadsheet.getSheets().map((sheet) => sheet.getName()),
      );
      const sheet = spreadsheet.getSheetByName(cell.tab);
      if (!sheet) throw new InputError(`Select: this workbook has no tab '${cell.tab}'.`);
      spreadsheet.setActiveSheet(sheet);
      sheet.getRange(cell.a1).activate();
      return `${cell.tab}!${cell.a1}`;
    }),
  ttsQaSignOff: (args) =>
    userFacing(() => {
      const request = parseSignOffArguments(args);
      return withDocumentLock(() => signOffFromSidebar(activeWorkbook(), signerEmail(), request, new Date()));
    }),
} satisfies ServesSidebar;

/**
 * Sidebar: the checklist.
 * @preserve
 */
global.ttsQaChecklist = sidebarServer.ttsQaChecklist;

/**
 * Sidebar: selects the cell a finding is about.
 * @preserve
 */
global.ttsQaSelect = sidebarServer.ttsQaSelect;

/**
 * Sidebar: records the sign-off in TTS · QA log.
 * @preserve
 */
global.ttsQaSignOff = sidebarServer.ttsQaSignOff;

/** The user's e-mail; empty where the domain hides it, hence 'unknown'. */
function signerEmail(): string {
  return Session.getActiveUser().getEmail() || 'unknown';
}
