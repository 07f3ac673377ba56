import { InputError } from '../core/values/errors';

/** ScriptApp's granular-consent calls (developers.google.com/apps-script/concepts/scopes); the installed typings predate their scopes argument. */
type GranularConsent = Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'requireScopes'> & {
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, scopes: string[]): { getAuthorizedScopes(): string[] | null };
};

/**
 * Asks for scopes only one menu item needs: a user may have left them unticked on the consent screen, and requireScopes
 * then shows the prompt again and ends the run. Where it cannot, or the user declines again, the run stops with `notGranted`.
 */
export function requireScopesGranted(scopes: string[], notGranted: string): void {
  const script = ScriptApp as unknown as GranularConsent;
  script.requireScopes(script.AuthMode.FULL, scopes);
  if (!scopesGranted(scopes)) throw new InputError(notGranted);
}

/** Whether the user granted every one of `scopes`, asking nothing (a scheduled run has no one to ask). */
export function scopesGranted(scopes: string[]): boolean {
  const script = ScriptApp as unknown as GranularConsent;
  const granted = script.getAuthorizationInfo(script.AuthMode.FULL, scopes).getAuthorizedScopes() ?? [];
  return scopes.every((scope) => granted.includes(scope));
}
