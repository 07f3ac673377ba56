/**
 * Builds the add-on menu. Runs in every auth mode (NONE included), so it touches no other service.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 * @preserve
 */
global.onOpen = (e: unknown) => {
  void e;
  SpreadsheetApp.getUi().createAddonMenu().addItem('About TTS Ops', 'showAbout').addToUi();
};

/**
 * Adds the menu right after installation.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 * @preserve
 */
global.onInstall = (e: unknown) => (global.onOpen as (e: unknown) => void)(e);

/**
 * Says what the add-on is and where its formulas are documented.
 * @preserve
 */
global.showAbout = () => {
  SpreadsheetApp.getUi().alert('TTS Ops: TikTok Shop KPIs, health and QA for account managers. Type =TTS_ in a cell to see the formulas.');
};
