import type { Finding } from '../../qa/finding';
import { LINK_COLUMNS, type LinkColumnKey } from '../../qa/linkColumns';
import { fillTemplate, type MessageValues } from '../../qa/rule';
import { utmProblems } from '../../qa/utm';
import { UTM_RULES, type UtmRuleId } from '../../qa/utmRules';
import type { Settings } from '../../settings';
import { readTable, type TableSpec } from '../../table/readTable';
import { cleanText } from '../../values/cleanText';

export const LINK_SPEC: TableSpec<LinkColumnKey> = { kind: 'links table', columns: LINK_COLUMNS, required: ['url'], key: 'url' };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each UTM rule's message template as a pattern that gives back the values it was filled with. */
const MESSAGE_PATTERNS = (Object.keys(UTM_RULES) as UtmRuleId[]).map((id) => {
  const names: string[] = [];
  const source = UTM_RULES[id].message
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (names.push(part), '(.*?)') : escape(part)))
    .join('');
  return { id, names, pattern: new RegExp(`^${source}$`, 's') };
});

/** The rule a utmProblems message came from, and the values it was filled with (for its fix). */
export function utmRuleOf(message: string): { id: UtmRuleId; values: MessageValues } {
  for (const { id, names, pattern } of MESSAGE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { id, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) };
  }
  throw new Error(`No UTM rule has the message '${message}'.`);
}

const YES = new Set(['true', 'yes', 'y', 'x', '1', '✓', '✔']); // as TTS_UTM_CHECK reads the column (qa/utmColumn.ts)

/** UTM findings of a Links tab: each URL's problems, on its row; the 'Ad template' column allows TikTok macros. */
export function linkFindings(values: readonly (readonly unknown[])[], settings: Settings, sheet = ''): Finding[] {
  const table = readTable(values, LINK_SPEC, sheet);
  const urlCol = table.index('url');
  const templateCol = table.index('adTemplate');
  const findings: Finding[] = [];
  for (const r of table.rows) {
    const url = cleanText(values[r][urlCol]);
    if (!url) continue;
    const template = templateCol >= 0 && YES.has(cleanText(values[r][templateCol]).toLowerCase());
    for (const message of utmProblems(url, settings, template)) {
      const { id, values: filled } = utmRuleOf(message);
      const rule = UTM_RULES[id];
      findings.push({
        row: r - table.headerRow + 1,
        column: table.headerAt(urlCol),
        severity: rule.severity,
        check: id,
        message,
        fix: fillTemplate(rule.fix, filled),
      });
    }
  }
  return findings;
}
