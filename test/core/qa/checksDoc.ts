// The QA section of docs/CHECKS.md: `npx tsx test/core/qa/checksDoc.ts` rewrites it; checksDoc.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { qaChecksMarkdown } from '../../../src/core/qa/qaDoc';

export const CHECKS_DOC = resolve(__dirname, '../../../docs/CHECKS.md');
const SECTION = /<!-- qa:start -->[\s\S]*?<!-- qa:end -->/;

export const qaSection = (): string => `<!-- qa:start -->\n${qaChecksMarkdown()}\n<!-- qa:end -->`;

if (require.main === module) {
  const doc = readFileSync(CHECKS_DOC, 'utf8');
  const updated = doc.replace(SECTION, qaSection);
  writeFileSync(CHECKS_DOC, updated);
  console.log(updated === doc ? 'docs/CHECKS.md: QA section already up to date' : 'docs/CHECKS.md: QA section updated');
}
