import type { Finding } from '../../qa/finding';
import { LINK_COLUMNS, type LinkColumnKey } from '../../qa/linkColumns';
import { utmIssues } from '../../qa/utm';
import { isAdTemplate } from '../../qa/utmColumn';
import type { Settings } from '../../settings/settings';
import { readTable, type TableSpec } from '../../table/readTable';
import { cleanText } from '../../values/cleanText';

export const LINK_SPEC: TableSpec<LinkColumnKey> = { kind: 'links table', columns: LINK_COLUMNS, required: ['url'], key: 'url' };

/** UTM findings of a Links tab: each URL's problems, on its row; the 'Ad template' column allows TikTok macros. */
export function linkFindings(values: readonly (readonly unknown[])[], settings: Settings, sheet = ''): Finding[] {
  const table = readTable(values, LINK_SPEC, sheet);
  const urlCol = table.index('url');
  const templateCol = table.index('adTemplate');
  const findings: Finding[] = [];
  for (const r of table.rows) {
    const url = cleanText(values[r][urlCol]);
    if (!url) continue;
    const template = templateCol >= 0 && isAdTemplate(values[r][templateCol]);
    for (const issue of utmIssues(url, settings, template)) {
      findings.push({
        row: r - table.headerRow + 1,
        column: table.headerAt(urlCol),
        severity: issue.severity,
        check: issue.id,
        message: issue.message,
        fix: issue.fix,
      });
    }
  }
  return findings;
}
