import { SHEETS_SURFACE } from '../core/workbook/surface';
import { gmailDrafts } from './gmailDrafts';
import { INPUT_TABS } from '../core/workbook/tabNames';
import { marketZoneAdvice } from '../core/settings/marketDefaults';
import { marketFromLocale } from '../core/markets/marketFromLocale';
import { refreshAndCount } from '../core/actions/refreshAndCount';
import { setupWorkbook } from '../core/actions/setupWorkbook';
import { refreshSummaryText, setupSummaryText } from '../core/actions/summaryText';
import { activeWorkbook } from './activeWorkbook';
import { askClientDetails } from './askClientDetails';
import { withDocumentLock } from './documentLock';
import { buildEvidencePackInGoogle } from './buildEvidencePack';
import { deliverToGoogle, exportToGoogle, type ExportServices } from './exportClientUpdate';
import { userFacing } from './userFacing';
import { versionText } from '../core/values/versionText';

/** Baked in by scripts/build.ts: package.json's version and the commit built. */
declare const TTS_OPS_VERSION: string;
declare const TTS_OPS_COMMIT: string;

/** Menu captions and the global function each runs; `null` is a separator. */
export const MENU_ITEMS: readonly (readonly [caption: string, functionName: string] | null)[] = [
  ['Set up client workbook', 'ttsSetUpWorkbook'],
  ['Refresh read-out', 'ttsRefreshReadout'],
  ['Run on BigQuery…', 'ttsRunOnBigQuery'],
  null,
  ['Connect TikTok Shop…', 'ttsConnectTikTokShop'],
  ['Pull orders now', 'ttsPullOrdersNow'],
  null,
  ['Open QA checklist', 'ttsOpenQaChecklist'],
  ['Export client update', 'ttsExportClientUpdate'],
  ['Deliver client update', 'ttsDeliverClientUpdate'],
  ['Build evidence pack…', 'ttsBuildEvidencePack'],
  null,
  ['Agency board', 'ttsSetUpBoard'],
  ['Refresh board', 'ttsRefreshBoard'],
  ['Email me the board digest daily', 'ttsInstallBoardDigest'],
  ['Stop the board digest', 'ttsRemoveBoardDigest'],
  null,
  ['About TTS Ops', 'ttsAbout'],
];

/**
 * Builds the TTS Ops add-on menu. Runs in every auth mode (NONE included: before the add-on is
 * authorised), so it touches nothing but the UI.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 * @preserve
 */
global.onOpen = (e: unknown) => {
  void e;
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
};

/**
 * Adds the menu right after installation.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 * @preserve
 */
global.onInstall = (e: unknown) => (global.onOpen as (e: unknown) => void)(e);

/**
 * Menu: asks the client's name, account manager and contacts while Settings names no client, then creates the client workbook's missing tabs (Orders, Analytics, Products, Promos, Links, plans, Settings, its market proposed from the spreadsheet's locale) and writes the details into Settings; never touches another tab that exists.
 * @preserve
 */
global.ttsSetUpWorkbook = () =>
  userFacing(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const market = marketFromLocale(spreadsheet.getSpreadsheetLocale());
    const ui = SpreadsheetApp.getUi();
    const workbook = activeWorkbook();
    const details = askClientDetails(ui, workbook);
    const result = withDocumentLock(() => setupWorkbook(workbook, market, details));
    const advice = result.created.includes(INPUT_TABS.settings) ? `\n${marketZoneAdvice(market, spreadsheet.getSpreadsheetTimeZone())}` : '';
    ui.alert(setupSummaryText(result, SHEETS_SURFACE) + advice);
  });

/**
 * Menu: reads the input tabs once and rewrites the TTS · KPIs, TTS · SKUs, TTS · Health and TTS · QA tabs.
 * @preserve
 */
global.ttsRefreshReadout = () =>
  userFacing(() => {
    const summary = withDocumentLock(() => refreshAndCount(activeWorkbook(), new Date(), SHEETS_SURFACE));
    SpreadsheetApp.getUi().alert(refreshSummaryText(summary));
  });

function exportServices(): ExportServices {
  return {
    ui: SpreadsheetApp.getUi(),
    html: HtmlService,
    documents: DocumentApp,
    slides: SlidesApp,
    charts: Charts,
    gmail: gmailDrafts,
    locked: withDocumentLock,
  };
}

/**
 * Menu: the WBR/MBR/QBR client update's draft: a new Google Doc and Slides deck marked DRAFT, for the QA checklist.
 * @preserve
 */
global.ttsExportClientUpdate = () => userFacing(() => void exportToGoogle(activeWorkbook(), exportServices(), new Date()));

/**
 * Menu: once QA signed off the draft, the client's copy without the mark (and a Gmail draft when Settings asks).
 * @preserve
 */
global.ttsDeliverClientUpdate = () => userFacing(() => void deliverToGoogle(activeWorkbook(), exportServices(), new Date()));

/**
 * Menu: the appeal pack of one health rate (LDR, VTR or SFCR): the TTS · Evidence tab, a new Google Doc, a TTS · Exports row.
 * @preserve
 */
global.ttsBuildEvidencePack = () =>
  userFacing(() => {
    buildEvidencePackInGoogle(
      activeWorkbook(),
      { ui: SpreadsheetApp.getUi(), html: HtmlService, documents: DocumentApp, charts: Charts, locked: withDocumentLock },
      new Date(),
    );
  });

/**
 * Menu: which version this is, what the add-on does and how to use its formulas.
 * @preserve
 */
global.ttsAbout = () =>
  SpreadsheetApp.getUi().alert(
    `${versionText({ version: TTS_OPS_VERSION, commit: TTS_OPS_COMMIT })}: TikTok Shop KPIs, account health and QA for account managers.\n\n` +
      'Menu: Set up client workbook creates the input tabs; paste the Seller Center order export into Orders and the Data Compass export into Analytics; ' +
      'Refresh read-out writes the TTS · tabs.\n\n' +
      'Formulas: type =TTS_ in a cell: TTS_GMV, TTS_ORDERS, TTS_AOV, TTS_CTR, TTS_CVR, TTS_PIVOT, TTS_COMPARE, TTS_HEALTH, TTS_LISTING_QA, TTS_UTM_CHECK and more; ' +
      'each takes the whole export range, header row included. Thresholds live in the Settings tab.',
  );
