import { errorRule, warningRule, type Rules } from './rule';

export type UtmRuleId =
  | 'not-a-url'
  | 'utm-missing'
  | 'utm-empty'
  | 'utm-upper-case'
  | 'utm-space'
  | 'key-repeated'
  | 'bad-encoding'
  | 'paid-social-medium'
  | 'tiktok-macro'
  | 'click-id';

/** The link checks of TTS_UTM_CHECK; a cell's problems are joined with '; ', so messages hold none. */
export const UTM_RULES: Rules<UtmRuleId> = {
  'not-a-url': errorRule(
    "'{url}' is not a full http(s) URL (expected https://, a domain, then the path)",
    'Paste the whole address from the browser bar, starting with https://.',
  ),
  'utm-missing': errorRule('no {key} (expected on every tagged link)', 'Add {key} (TTS_UTM_BUILD adds all three).'),
  'utm-empty': errorRule('{key} is empty (expected a value)', 'Fill in {key}, or remove it.'),
  'utm-upper-case': warningRule(
    "{part} '{found}' has upper case (expected '{expected}')",
    "Use '{expected}': GA4 reports 'TikTok' and 'tiktok' as two sources.",
  ),
  'utm-space': warningRule("{key} '{found}' has spaces (expected '{expected}')", "Use '{expected}'."),
  'key-repeated': errorRule('{key} appears {count} times (expected once)', 'Keep one {key}; analytics tools read only one of them.'),
  'bad-encoding': errorRule("'{found}' has a broken %-escape (expected % and two hex digits)", 'Rebuild the link with TTS_UTM_BUILD.'),
  'paid-social-medium': warningRule(
    "utm_medium '{medium}' with social source '{source}' is Organic Social in GA4 (expected a paid medium such as paid_social, cpc or ppc, or 'social' for an organic post)",
    "Use utm_medium=paid_social for ads, or 'social' for organic posts.",
  ),
  'tiktok-macro': errorRule(
    'unfilled TikTok macro {macro} (expected a real value outside a TikTok ad URL template)',
    "Replace {macro} with the value, or mark the row as an ad template in the 'Ad template' column.",
  ),
  'click-id': errorRule(
    '{key}={value} is the click ID of one ad click (expected no {key} in a link you share)',
    'Remove {key}: TikTok adds it to every ad click by itself.',
  ),
};
