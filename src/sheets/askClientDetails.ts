import { parseClientDetails, settingsClientName, type ClientDetails } from '../core/workbook/clientDetails';
import { settingsColumns } from '../core/workbook/settingsTab';
import { INPUT_TABS } from '../core/workbook/tabNames';
import type { Workbook } from '../core/workbook/workbookPort';
import { promptAnswer, type PromptUiLike } from './promptAnswer';

const TITLE = 'Set up client workbook';

const QUESTIONS = [
  ['client', "The client's name, as the client update should show it:"],
  ['manager', "The account manager's name (the update's 'prepared by'):"],
  ['contacts', "The client's e-mail addresses for the update's Gmail draft, comma separated (blank for none):"],
] as const;

/**
 * Set-up's questions while the Settings tab names no client: name, account manager, contacts. A blank
 * answer leaves that row as it is; Cancel, or a blank name, stops asking. Read as `tts-ops setup --client` reads them.
 */
export function askClientDetails(ui: PromptUiLike, workbook: Workbook): ClientDetails {
  const settings = workbook.readTab(INPUT_TABS.settings);
  if (settingsClientName(settings, settings && settingsColumns(settings))) return {};
  const typed: Record<string, string> = {};
  for (const [field, question] of QUESTIONS) {
    const text = promptAnswer(ui, TITLE, question);
    if (text === undefined) break;
    if (!text && field === 'client') break;
    if (text) typed[field] = text;
  }
  return parseClientDetails(typed);
}
