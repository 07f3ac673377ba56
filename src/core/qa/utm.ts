import { excerpt, InputError } from '../values/errors';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { cleanText } from '../values/cleanText';
import type { Severity } from './finding';
import { fillTemplate, type MessageValues } from './rule';
import { isWebUrl, queryParams, splitUrl, type QueryParam } from './urlParts';
import { UTM_RULES, type UtmRuleId } from './utmRules';

const REQUIRED_KEYS = ['utm_source', 'utm_medium', 'utm_campaign'] as const;
/** Click IDs ad platforms append to each click; never part of a link to share. */
const CLICK_ID_KEYS = new Set(['ttclid', 'fbclid', 'gclid', 'msclkid']);
/** GA4's Paid Social medium (support.google.com/analytics/answer/9756891). */
const PAID_SOCIAL_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/;
const TIKTOK_MACRO = /__[A-Z][A-Z0-9_]*?__/g;

const isUtmKey = (key: string): boolean => key.toLowerCase().startsWith('utm_');
const withoutMacros = (text: string): string => text.replace(TIKTOK_MACRO, '');
/** How TTS_UTM_BUILD writes a value: trimmed, spaces as '_', lower case except TikTok macros. */
const cleanValue = (text: string): string =>
  cleanText(text)
    .replace(/\s+/g, '_')
    .split(/(__[A-Z][A-Z0-9_]*?__)/)
    .map((part, i) => (i % 2 ? part : part.toLowerCase()))
    .join('');

/** One problem of a tagged link: its rule, and the rule's message and fix filled in. */
export interface UtmIssue {
  readonly id: UtmRuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly fix: string;
}

type AddIssue = (id: UtmRuleId, values: MessageValues) => void;

/**
 * What is wrong with a tagged link ([] when nothing is). `adTemplate`: the link is a TikTok ad URL
 * template, where macros such as __CAMPAIGN_NAME__ are filled in by TikTok.
 */
export function utmIssues(url: string, settings: Settings = DEFAULT_SETTINGS, adTemplate = false): UtmIssue[] {
  const issues: UtmIssue[] = [];
  const add: AddIssue = (id, values) => {
    const rule = UTM_RULES[id];
    issues.push({ id, severity: rule.severity, message: fillTemplate(rule.message, values), fix: fillTemplate(rule.fix, values) });
  };
  const text = cleanText(url);
  const parts = splitUrl(text);
  if (!isWebUrl(parts)) add('not-a-url', { url: excerpt(text) });
  // Past the first '?' of text that is no URL at all, still check what tags it has.
  const params = queryParams(parts ? parts.query : text.split('#')[0].split('?').slice(1).join('?'));
  checkParams(params, settings, add);
  if (!adTemplate) for (const macro of new Set(text.match(TIKTOK_MACRO) ?? [])) add('tiktok-macro', { macro });
  return issues;
}

/** The messages of `utmIssues`: what TTS_UTM_CHECK joins with '; '. */
export function utmProblems(url: string, settings: Settings = DEFAULT_SETTINGS, adTemplate = false): string[] {
  return utmIssues(url, settings, adTemplate).map((issue) => issue.message);
}

function checkParams(params: readonly QueryParam[], settings: Settings, add: AddIssue): void {
  const counts = new Map<string, number>();
  const values = new Map<string, string>();
  for (const param of params) {
    if (param.key === undefined) {
      add('bad-encoding', { found: excerpt(param.rawKey) });
      continue;
    }
    const key = param.key.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!values.has(key)) values.set(key, param.value ?? param.rawValue);
    if (CLICK_ID_KEYS.has(key)) add('click-id', { key, value: excerpt(param.value ?? param.rawValue) });
    if (isUtmKey(key) && param.key !== key) add('utm-upper-case', { part: 'key', found: excerpt(param.key), expected: key });
    if (param.value === undefined) add('bad-encoding', { found: excerpt(param.rawValue) });
    else if (isUtmKey(key)) checkUtmValue(key, param.value, add);
  }
  for (const [key, count] of counts) if (count > 1) add('key-repeated', { key, count });
  for (const key of REQUIRED_KEYS) if (!values.has(key)) add('utm-missing', { key });
  checkPaidSocial(values.get('utm_source'), values.get('utm_medium'), settings, add);
}

function checkUtmValue(key: string, value: string, add: AddIssue): void {
  if (value.trim() === '') return add('utm-empty', { key });
  const plain = withoutMacros(value);
  if (/\s/.test(plain)) add('utm-space', { key, found: excerpt(value), expected: excerpt(cleanValue(value)) });
  else if (plain !== plain.toLowerCase()) add('utm-upper-case', { part: key, found: excerpt(value), expected: excerpt(cleanValue(value)) });
}

/** A social source with a medium GA4 files as neither Paid Social nor a deliberate organic medium. */
function checkPaidSocial(source: string | undefined, medium: string | undefined, settings: Settings, add: AddIssue): void {
  if (!source || !medium || withoutMacros(source) !== source || withoutMacros(medium) !== medium) return;
  const sourceWords = source.toLowerCase().split(/[^a-z0-9]+/);
  const social = settings.qa.socialSources.some((name) => sourceWords.includes(name.toLowerCase()));
  const mediumText = medium.toLowerCase().trim();
  if (!social || PAID_SOCIAL_MEDIUM.test(mediumText) || settings.qa.organicSocialMediums.some((m) => m.toLowerCase() === mediumText)) return;
  add('paid-social-medium', { medium: excerpt(medium), source: excerpt(source) });
}

/**
 * A clean tagged link: the base URL's own utm_* parameters and click IDs replaced, values trimmed,
 * lower case (TikTok macros kept), spaces as '_', %-encoded; content and term only when given.
 */
export function buildUtmUrl(base: string, source: string, medium: string, campaign: string, content = '', term = ''): string {
  const text = cleanText(base);
  const parts = splitUrl(text);
  if (!isWebUrl(parts)) {
    throw new InputError(
      `'base' must be a full URL starting with https:// and a domain, such as https://shop.example.com/products/mug; got '${excerpt(text)}'.`,
    );
  }
  const tags: [string, string][] = [];
  for (const [name, key, value] of [
    ['source', 'utm_source', source],
    ['medium', 'utm_medium', medium],
    ['campaign', 'utm_campaign', campaign],
  ]) {
    const clean = cleanValue(value);
    if (clean === '') throw new InputError(`'${name}' is blank; every tagged link needs ${key}.`);
    tags.push([key, clean]);
  }
  for (const [key, value] of [
    ['utm_content', content],
    ['utm_term', term],
  ]) {
    const clean = cleanValue(value);
    if (clean !== '') tags.push([key, clean]);
  }
  const kept = (parts.query ?? '').split('&').filter((pair) => {
    const key = pair.split('=')[0].toLowerCase();
    return pair !== '' && !isUtmKey(key) && !CLICK_ID_KEYS.has(key);
  });
  const query = [...kept, ...tags.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)].join('&');
  return `${parts.scheme.toLowerCase()}://${parts.host}${parts.path}?${query}${parts.fragment === undefined ? '' : '#' + parts.fragment}`;
}
