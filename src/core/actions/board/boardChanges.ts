import type { HealthMetric, HealthStatus } from '../../health/healthReport';
import type { MarketCode } from '../../markets/marketCodes';
import type { BoardDocument } from './boardDocument';
import type { BoardRow } from './boardRow';

/** Which client a change is about. */
interface ClientOf {
  readonly file: string;
  readonly client: string;
  readonly market: MarketCode | '';
}

/** What the digest reports: rates, statuses and order counts, never an order's data. */
export type BoardChange = ClientOf &
  (
    | {
        readonly kind: 'status';
        readonly metric: HealthMetric;
        /** null: the client was not on the previous board (or could not be read then). */
        readonly from: HealthStatus | null;
        readonly to: HealthStatus;
        readonly value: number | null;
        readonly warning: string;
      }
    | {
        readonly kind: 'still at risk';
        readonly metric: HealthMetric;
        readonly value: number | null;
        readonly warning: string;
        readonly lastSaid: string;
      }
    | { readonly kind: 'overdue'; readonly overdue: number; readonly previous: number; readonly next24h: number }
    | { readonly kind: 'sign-off stale'; readonly by: string; readonly at: string }
    | { readonly kind: 'unreadable' }
  );

export interface BoardDigest {
  readonly changes: readonly BoardChange[];
  /** The `alerted` map to keep in the current document for the next comparison. */
  readonly alerted: Readonly<Record<string, string>>;
}

const WEEK_MS = 7 * 86_400_000;
const CONCERNS: ReadonlySet<HealthStatus> = new Set(['WATCH', 'AT RISK']);

const alertKey = (file: string, metric: HealthMetric): string => `${file} · ${metric}`;

/**
 * What changed since the previous board: a status that moved to or from WATCH or AT RISK (a move
 * between OK and NOT ENOUGH DATA is no news), more orders overdue, a sign-off no longer current, a
 * workbook that could not be read. A status that stays AT RISK is said again once a week has passed
 * since it was last said (`alerted`, kept in the document). Weeks are counted between the documents' `now`.
 */
export function boardChanges(previous: BoardDocument | undefined, current: BoardDocument): BoardDigest {
  const now = Date.parse(current.now);
  const before = new Map((previous?.clients ?? []).map((row) => [row.file, row]));
  const changes: BoardChange[] = [];
  const alerted: Record<string, string> = {};
  for (const row of current.clients) {
    const who: ClientOf = { file: row.file, client: row.client, market: row.market };
    const was = before.get(row.file);
    if (row.error) {
      if (was && !was.error) changes.push({ ...who, kind: 'unreadable' });
      continue;
    }
    const then = was && !was.error ? was : undefined;
    for (const health of row.health) {
      const from = then?.health.find((h) => h.metric === health.metric)?.status ?? null;
      const key = alertKey(row.file, health.metric);
      const { metric, value, warning } = health;
      if (from !== health.status && (CONCERNS.has(health.status) || (from !== null && CONCERNS.has(from)))) {
        changes.push({ ...who, kind: 'status', metric, from, to: health.status, value, warning });
        if (health.status === 'AT RISK') alerted[key] = current.now;
      } else if (health.status === 'AT RISK') {
        const lastSaid = previous?.alerted?.[key] ?? previous!.now;
        if (now - Date.parse(lastSaid) >= WEEK_MS) {
          changes.push({ ...who, kind: 'still at risk', metric, value, warning, lastSaid });
          alerted[key] = current.now;
        } else alerted[key] = lastSaid;
      }
    }
    changes.push(...dueAndSignOff(who, row, then));
  }
  return { changes, alerted };
}

function dueAndSignOff(who: ClientOf, row: BoardRow, then: BoardRow | undefined): BoardChange[] {
  const changes: BoardChange[] = [];
  const overdue = row.ordersDue?.overdue ?? 0;
  const previous = then?.ordersDue?.overdue ?? 0;
  if (overdue > previous) changes.push({ ...who, kind: 'overdue', overdue, previous, next24h: row.ordersDue?.next24h ?? 0 });
  const signOff = row.lastSignOff;
  if (then?.lastSignOff?.current && signOff && !signOff.current) changes.push({ ...who, kind: 'sign-off stale', by: signOff.by, at: signOff.at });
  return changes;
}
