import { requireScopesGranted } from './scopeConsent';
import { boardBatch, SPREADSHEETS_SCOPE } from './boardMenu';
import { openSpreadsheet } from './boardWorkbooks';
import { userFacing } from './userFacing';

/** Asked for only when the board digest is set up or removed (granular consent); README lists why. */
export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/** The global the trigger runs. */
const DIGEST_HANDLER = 'ttsBoardDigest';
/** User property: the board spreadsheet the user's digest refreshes (a scheduled run has no open spreadsheet). */
export const DIGEST_BOARD_PROPERTY = 'tts-ops.digestBoard';

const NOT_GRANTED =
  'The board digest needs permission to run on a schedule, open your client spreadsheets and email you, and it was not granted. Choose the menu item again and tick all three on the consent screen.';

/** This user's digest triggers (getProjectTriggers lists only the current user's); any other trigger is left alone. */
function digestTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === DIGEST_HANDLER);
}

/**
 * Menu: one hourly trigger per user; it refreshes this board once a day (more runs only to finish a long board) and emails a digest when something changed.
 * @preserve
 */
global.ttsInstallBoardDigest = () =>
  userFacing(() => {
    requireScopesGranted([SCRIPTAPP_SCOPE, SEND_MAIL_SCOPE, SPREADSHEETS_SCOPE], NOT_GRANTED);
    PropertiesService.getUserProperties().setProperty(DIGEST_BOARD_PROPERTY, SpreadsheetApp.getActiveSpreadsheet().getId());
    const installed = digestTriggers().length > 0;
    if (!installed) ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyHours(1).create();
    SpreadsheetApp.getUi().alert(
      `${installed ? 'Your board digest now follows this board' : 'Board digest set up'}: once a day TTS Ops refreshes this board and emails you only when a status moved, orders became overdue or a sign-off went stale. Stop it from the menu.`,
    );
  });

/**
 * Menu: removes this user's digest trigger, and no other trigger.
 * @preserve
 */
global.ttsRemoveBoardDigest = () =>
  userFacing(() => {
    requireScopesGranted([SCRIPTAPP_SCOPE], NOT_GRANTED);
    const triggers = digestTriggers();
    for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
    PropertiesService.getUserProperties().deleteProperty(DIGEST_BOARD_PROPERTY);
    SpreadsheetApp.getUi().alert(
      triggers.length ? 'Board digest stopped: no more scheduled refreshes or emails.' : 'You had no board digest set up; nothing changed.',
    );
  });

/**
 * Trigger: an hourly run of the user's digest: continues a board refresh in progress or starts the day's, and emails the user the changes when one finishes.
 * @preserve
 */
global.ttsBoardDigest = () =>
  userFacing(() => {
    const id = PropertiesService.getUserProperties().getProperty(DIGEST_BOARD_PROPERTY);
    if (!id) return;
    const board = openSpreadsheet(
      id,
      'The board of your digest cannot be opened (deleted, or no longer shared with you): choose TTS Ops › Stop the board digest in any spreadsheet, or set it up again on another board.',
    );
    return boardBatch(board, (subject, text) => MailApp.sendEmail(Session.getEffectiveUser().getEmail(), subject, text));
  });
