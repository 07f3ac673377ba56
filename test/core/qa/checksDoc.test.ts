import { readFileSync } from 'node:fs';
import { LISTING_RULES } from '../../../src/core/qa/listingRules';
import { PROMO_RULES } from '../../../src/core/qa/promoRules';
import { UTM_RULES } from '../../../src/core/qa/utmRules';
import { CHECKS_DOC, qaSection } from './checksDoc';

describe('docs/CHECKS.md', () => {
  it('holds the QA section generated from the rule tables (run `npx tsx test/core/qa/checksDoc.ts` when it fails)', () => {
    expect(readFileSync(CHECKS_DOC, 'utf8')).toContain(qaSection());
  });

  it('lists every rule with a source and every threshold it reads', () => {
    for (const rules of [LISTING_RULES, PROMO_RULES, UTM_RULES]) {
      for (const [id, rule] of Object.entries(rules)) {
        expect(qaSection()).toContain(`| \`${id}\` | ${rule.severity} |`);
        expect(rule.source.length).toBeGreaterThan(10);
      }
    }
  });
});
