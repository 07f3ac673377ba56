import { PULL_SOURCE_NAME } from '../core/actions/pullOrders';
import { pullOrdersInTime } from '../core/actions/pullOrdersInTime';
import { FIRST_PULL_DAYS } from '../core/api/pullWindow';
import { importSummaryText } from '../core/actions/importSummary';
import { connectShop } from '../core/actions/connectShop';
import { ApiRefusal, CHECK_APP_SECRET, SIGNATURE_REFUSED } from '../core/api/apiErrors';
import { authorizedShops, chooseShop, type ConnectedShop } from '../core/api/authorizedShops';
import { authCodeOf, authorizationLink, exchangeAuthCode, type ApiApp } from '../core/api/authTokens';
import { InputError } from '../core/values/errors';
import { INPUT_TABS } from '../core/workbook/tabNames';
import type { Workbook } from '../core/workbook/workbookPort';
import { activeWorkbook } from './activeWorkbook';
import { withDocumentLock } from './documentLock';
import { requireScopesGranted, scopesGranted } from './scopeConsent';
import { APP_PROPERTY, connectedShopPull, SHOP_PROPERTY, storedApp, userProperties } from './shopPull';
import { promptAnswer } from './promptAnswer';
import { urlFetchPorts } from './urlFetchPorts';
import { userFacing, userMessage } from './userFacing';

/** Asked for only when the add-on first talks to TikTok Shop (granular consent); README lists why. */
export const EXTERNAL_REQUEST_SCOPE = 'https://www.googleapis.com/auth/script.external_request';
const NOT_GRANTED = 'Connecting and pulling need permission to call TikTok Shop, and it was not granted. Choose the menu item again and tick it.';
const AUTH_BASE = 'https://auth.tiktok-shops.com';
const APP_CLEARED = 'the stored app key and secret were cleared; choose TTS Ops › Connect TikTok Shop… to type them again';
/** Apps Script ends a run at 6 minutes: a pull stops a minute before, between whole weeks. */
const PULL_LIMIT_SECONDS = 5 * 60;

function ask(title: string, message: string): string {
  const answer = promptAnswer(SpreadsheetApp.getUi(), title, message);
  if (answer === undefined) throw new InputError('Cancelled; nothing was changed.');
  return answer;
}

/** The agency's app: stored, or asked for; kept only once TikTok Shop accepts it, so a mistyped secret is asked for again. */
function partnerApp(): ApiApp {
  const stored = storedApp();
  if (stored) return stored;
  const app = {
    appKey: ask(
      'Connect TikTok Shop (1 of 2)',
      'Your partner app’s App key (Partner Center › App & Service). Kept in your own user settings, never in the spreadsheet.',
    ),
    appSecret: ask('Connect TikTok Shop (2 of 2)', 'Your partner app’s App secret.'),
  };
  if (!app.appKey || !app.appSecret) throw new InputError('The app key and secret are both needed; nothing was changed.');
  return app;
}

/**
 * Menu: Connect TikTok Shop… (the app key and secret once, the authorization link, the code pasted back); the shop's tokens go to
 * your user properties, its id, name and region to Settings.
 * @preserve
 */
global.ttsConnectTikTokShop = () =>
  userFacing(() => {
    requireScopesGranted([EXTERNAL_REQUEST_SCOPE], NOT_GRANTED);
    const app = partnerApp();
    const state = Utilities.getUuid();
    const pasted = ask(
      'Connect TikTok Shop',
      `Open this link as the shop's owner and authorize the app, then paste the code (or the whole address you were sent back to):\n\n${authorizationLink(app, state, AUTH_BASE)}`,
    );
    const ports = urlFetchPorts(() => {
      throw new InputError('TikTok Shop says the new access token expired at once (105002); connect again.');
    });
    // Every port is synchronous here (UrlFetchApp), so the promises settle before the menu call returns.
    return exchangeAuthCode(app, authCodeOf(pasted, state), ports)
      .then(async (tokens) => {
        userProperties().setProperty(APP_PROPERTY, JSON.stringify(app));
        const shops = await authorizedShops({ ...app, accessToken: tokens.accessToken }, ports);
        for (const { id, name, region, cipher } of shops) {
          const connected: ConnectedShop = { ...tokens, appKey: app.appKey, name, region, cipher };
          userProperties().setProperty(SHOP_PROPERTY + id, JSON.stringify(connected));
        }
        const chosen = shops.length > 1 ? chooseShop(shops, ask('Connect TikTok Shop', 'Which shop? Its ID:'), 'by its ID') : shops[0];
        // The workbook writes every text cell quoted, so the 19-digit id stays text (as a number it would lose its last digits).
        withDocumentLock(() => connectShop(activeWorkbook(), chosen));
        SpreadsheetApp.getUi().alert(`Connected ${chosen.name} (${chosen.region}). Pull its orders with TTS Ops › Pull orders now.`);
      })
      .catch(alertProblem);
  });

/**
 * Menu: Pull orders now: the connected shop's orders and returns since the last pull into Orders, written only once every call succeeded.
 * @preserve
 */
global.ttsPullOrdersNow = () =>
  userFacing(() => {
    requireScopesGranted([EXTERNAL_REQUEST_SCOPE], NOT_GRANTED);
    const workbook = activeWorkbook();
    const connected = connectedShopPull(workbook);
    if (!connected) throw new InputError('No TikTok Shop is connected to this spreadsheet for you yet: use TTS Ops › Connect TikTok Shop… first.');
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() =>
      pullOrdersInTime(workbook, connected.shop, connected.ports, PULL_LIMIT_SECONDS, (what, soFar) =>
        spreadsheet.toast(`Pulled ${soFar} ${what}`, 'TTS Ops', 5),
      ),
    )
      .then(({ result, daysLeft, startedOver }) =>
        SpreadsheetApp.getUi().alert(
          importSummaryText(result, PULL_SOURCE_NAME, spreadsheet.getName(), INPUT_TABS.orders) +
            (startedOver ? ` The saved pull position was unreadable, so the pull started over from the last ${FIRST_PULL_DAYS} days.` : '') +
            (daysLeft ? ` The first pull stopped before the time limit with ${daysLeft} days to go: choose Pull orders now again to go on.` : ''),
        ),
      )
      .catch(alertProblem);
  });

/** A bug's raw message (a JS error, a stack) means nothing to the account manager; what the row says instead. */
const UNEXPECTED_PULL_ERROR = "TTS Ops could not pull this client's orders (an unexpected error); please report it";

/** The board's pull of a client this user connected, before its row is read: a refusal is the row's note, never a prompt (a trigger has no one to ask). */
export async function boardPull(client: Workbook, seconds: number): Promise<string | null> {
  try {
    const connected = connectedShopPull(client);
    if (!connected) return null;
    if (!scopesGranted([EXTERNAL_REQUEST_SCOPE])) return 'permission to call TikTok Shop was not granted; choose Pull orders now once';
    await pullOrdersInTime(client, connected.shop, connected.ports, seconds);
    return null;
  } catch (error) {
    return error instanceof InputError ? error.message : UNEXPECTED_PULL_ERROR;
  }
}

/** A refusal met after the first call: said in an alert, as userFacing says the ones before it. */
function alertProblem(error: unknown): void {
  if (error instanceof ApiRefusal && error.code === SIGNATURE_REFUSED) {
    // Sheets asks for the app key and secret only while none is stored: a refused one is forgotten so it can be typed again.
    userProperties().deleteProperty(APP_PROPERTY);
    error.message = error.message.replace(CHECK_APP_SECRET, APP_CLEARED);
  }
  SpreadsheetApp.getUi().alert(userMessage(error));
}
