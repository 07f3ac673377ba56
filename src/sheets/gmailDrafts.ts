import { InputError } from '../core/values/errors';
import type { GmailDraftsLike } from './render/renderServices';

/** Asked for only when a client update is to leave a Gmail draft (granular consent); README lists why. */
export const GMAIL_COMPOSE_SCOPE = 'https://www.googleapis.com/auth/gmail.compose';

/** The Gmail advanced service's drafts, once the user has granted gmail.compose. */
export function gmailDrafts(): GmailDraftsLike {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [GMAIL_COMPOSE_SCOPE]);
  const drafts = typeof Gmail === 'undefined' ? undefined : Gmail?.Users?.Drafts;
  if (!drafts) throw new InputError('The Gmail advanced service is not enabled for this script (README, Deploy).');
  return {
    createDraft: (raw) => drafts.create({ message: { raw } }, 'me'),
    base64Utf8: (text) => Utilities.base64Encode(text, Utilities.Charset.UTF_8),
    base64WebSafe: (text) => Utilities.base64EncodeWebSafe(text),
  };
}
