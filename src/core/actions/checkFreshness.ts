import type { Surface } from '../workbook/surface';
import { freshnessLine } from '../workbook/readout/freshness';
import { formatInstant } from './formatInstant';

/** The checklist's top line: what the data covers, when the read-out was refreshed, and whether it is older than its inputs. */
export interface ChecklistFreshness {
  /** `Data through 2026-11-22 23:47, America/Los_Angeles; refreshed 2026-11-23 09:00.` */
  readonly line: string;
  readonly stale: boolean;
  /** One line saying why the read-out is stale and what to do; '' when it is not. */
  readonly warning: string;
}

export interface RecordedRefresh {
  /** ISO time of the last refresh, '' when never. */
  readonly at: string;
  /** The inputs' fingerprint the refresh recorded, '' when none (a refresh older than this check). */
  readonly fingerprint: string;
}

export function checkFreshness(
  dataThrough: string | null,
  refresh: RecordedRefresh,
  currentFingerprint: string,
  timeZone: string,
  surface: Surface,
): ChecklistFreshness {
  if (!refresh.at) {
    const data = dataThrough ? `Data through ${dataThrough}, ${timeZone}` : `No dated data yet (${timeZone})`;
    return { line: `${data}; read-out not refreshed yet.`, stale: true, warning: `WARNING: there is no read-out yet; ${surface.refresh}.` };
  }
  const refreshedAt = new Date(refresh.at);
  const line = freshnessLine(dataThrough, refreshedAt, timeZone);
  if (refresh.fingerprint === currentFingerprint) return { line, stale: false, warning: '' };
  const why = refresh.fingerprint
    ? `the input tabs changed after the refresh at ${formatInstant(refreshedAt, timeZone)}`
    : 'the refresh did not record what its inputs were';
  return { line, stale: true, warning: `WARNING: the read-out is older than its inputs (${why}); ${surface.refresh}.` };
}
