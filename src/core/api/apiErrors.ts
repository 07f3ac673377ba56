import { excerpt, InputError } from '../values/errors';

/** Codes worth another try after a pause: rate limited, internal error, timeout (Partner Center, "Common errors", "Rate limits"). */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([36009002, 36009003, 36009007]);
export const RETRYABLE_HTTP: ReadonlySet<number> = new Set([429, 503]);
export const TOKEN_EXPIRED = 105002;
/** The request's signature was refused: the app secret is wrong (where it is typed once, it must be forgotten to be typed again). */
export const SIGNATURE_REFUSED = 106001;
export const CHECK_APP_SECRET = 'check the app secret';

/** What a user can do about a refusal, by the API's code. */
const REFUSALS: Readonly<Record<number, string>> = {
  [SIGNATURE_REFUSED]: `TikTok Shop refused the request signature (106001): ${CHECK_APP_SECRET}`,
  105002: 'TikTok Shop says the access token expired (105002) even after a refresh: connect the shop again',
  106013: 'TikTok Shop asked for the shop (106013): connect the shop again so its cipher is stored',
  101000: "TikTok Shop says this shop's access does not match (101000): connect the shop again",
  105005: 'TikTok Shop says the app lacks a permission (105005): grant the Order scope to the app in Partner Center, then connect again',
  36009033: "TikTok Shop refused this computer's IP address (36009033): add it to the app's allow list in Partner Center",
};

/** TikTok Shop refused a call: the API's code, for an adapter to act on, and the message saying it. */
export class ApiRefusal extends InputError {
  constructor(
    readonly code: number,
    apiMessage: string,
  ) {
    super(refusalMessage(code, apiMessage));
  }
}

/** The message for a refusal: the code's advice when known, and the API's own message always. */
function refusalMessage(code: number, message: string): string {
  const said = excerpt(message.trim() || 'no message');
  const advice = REFUSALS[code];
  return advice ? `${advice}. TikTok Shop said: ${said}` : `TikTok Shop refused the request (${code}): ${said}`;
}

/** Exponential back-off with full jitter: a random pause up to 1 s, 2 s, 4 s… (capped at 32 s), so retries from many shops spread out. */
export function jitteredBackoff(attempt: number, random: () => number): number {
  return Math.round(random() * 1000 * 2 ** Math.min(attempt, 5));
}
