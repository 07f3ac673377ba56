import type { ReportFormat } from '../format/reportFormat';
import type { Finding } from '../qa/finding';
import { listingFindings } from '../qa/listingQa';
import { promoFindings } from '../qa/promoQa';
import { buildUtmUrl } from '../qa/utm';
import { utmCheckRange, utmCheckText } from '../qa/utmColumn';
import type { Settings } from '../settings/settings';
import { cleanText } from '../values/cleanText';
import type { Cell } from './pivotFormula';

const FINDINGS_HEADER: Cell[] = ['Row', 'Severity', 'Check', 'Message', 'Fix'];

/** The spilled findings table, or one row `OK | | | No problems found … | ` as wide as the table would be. */
function findingsTable(findings: readonly Finding[], what: string): Cell[][] {
  if (findings.length === 0) return [['OK', '', '', `No problems found in the ${what}.`, '']];
  return [FINDINGS_HEADER, ...findings.map((f): Cell[] => [f.row, f.severity, f.check, f.message, f.fix])];
}

/** TTS_LISTING_QA; `format`: the shop's, so prices read as on the read-out. */
export function ttsListingQa(products: unknown, settings: Settings, format?: ReportFormat): Cell[][] {
  return findingsTable(listingFindings(products, settings, undefined, format), 'product table');
}

/** TTS_PROMO_QA; `products` may be blank; `format`: the shop's, so prices read as on the read-out. */
export function ttsPromoQa(promos: unknown, products: unknown, settings: Settings, format?: ReportFormat): Cell[][] {
  return findingsTable(promoFindings(promos, products, settings, undefined, format), 'promotion table');
}

/** TTS_UTM_CHECK: one value for one URL; for a range, a column (links table) or one result per cell. */
export function ttsUtmCheck(urls: unknown, settings: Settings): string | Cell[][] {
  if (!Array.isArray(urls)) return utmCheckText(urls, settings);
  return utmCheckRange(
    urls.map((row: unknown) => (Array.isArray(row) ? row : [row])),
    settings,
  );
}

/** TTS_UTM_BUILD */
export function ttsUtmBuild(base: unknown, source: unknown, medium: unknown, campaign: unknown, content: unknown, term: unknown): string {
  return buildUtmUrl(cleanText(base), cleanText(source), cleanText(medium), cleanText(campaign), cleanText(content), cleanText(term));
}
