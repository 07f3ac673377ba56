import { InputError } from '../../values/errors';
import type { BoardRow } from './boardRow';

/** What `tts-ops board --json` prints and `board.json` holds; the Sheets board keeps the same document as its state. */
export interface BoardDocument {
  /** When the board was computed (ISO). */
  readonly generatedAt: string;
  /** The moment orders due are counted from (ISO): `--now`, or the time it ran. */
  readonly now: string;
  readonly clients: readonly BoardRow[];
  /** Per client and metric still AT RISK (`file · metric`), when the digest last said so (ISO): a lasting AT RISK is repeated at most weekly. */
  readonly alerted?: Readonly<Record<string, string>>;
}

/** How bad a row is, lowest first: AT RISK, overdue orders, WATCH, a workbook that could not be read, the rest. */
function rank(row: BoardRow): number {
  if (row.health.some((h) => h.status === 'AT RISK')) return 0;
  if ((row.ordersDue?.overdue ?? 0) > 0) return 1;
  if (row.health.some((h) => h.status === 'WATCH')) return 2;
  return row.error ? 3 : 4;
}

/** Worst first: AT RISK, then overdue orders, then WATCH, then unreadable workbooks; within one rank more overdue orders first, then by client and file. */
export function sortBoard(rows: readonly BoardRow[]): BoardRow[] {
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.ordersDue?.overdue ?? 0) - (a.ordersDue?.overdue ?? 0) ||
      a.client.localeCompare(b.client) ||
      a.file.localeCompare(b.file),
  );
}

export function boardDocument(rows: readonly BoardRow[], now: Date, generatedAt: Date, alerted?: Readonly<Record<string, string>>): BoardDocument {
  return { generatedAt: generatedAt.toISOString(), now: now.toISOString(), clients: rows, ...(alerted ? { alerted } : {}) };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A board document read back (a previous `board.json`, the Sheets board's state): checked for what the
 * digest compares (each client's file, health statuses, orders due, sign-off), so a wrong file is refused by name.
 */
export function parseBoardDocument(text: string, name: string): BoardDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`${name} is not JSON: give a board.json written by tts-ops board --out (or saved from --json).`);
  }
  const problem = (what: string): InputError => new InputError(`${name} is not a board document: ${what}.`);
  if (!isObject(parsed) || !Array.isArray(parsed.clients)) throw problem("it has no 'clients' list");
  if (typeof parsed.now !== 'string' || isNaN(Date.parse(parsed.now))) throw problem("its 'now' is not a date-time");
  parsed.clients.forEach((client: unknown, i) => {
    const at = `client ${i + 1}`;
    if (!isObject(client) || typeof client.file !== 'string') throw problem(`${at} has no 'file'`);
    if (!Array.isArray(client.health) || !client.health.every((h) => isObject(h) && typeof h.metric === 'string' && typeof h.status === 'string')) {
      throw problem(`${at}'s 'health' is not a list of metrics and statuses`);
    }
    if (client.ordersDue !== null && !(isObject(client.ordersDue) && typeof client.ordersDue.overdue === 'number')) {
      throw problem(`${at}'s 'ordersDue' has no overdue count`);
    }
  });
  if (parsed.alerted !== undefined && !(isObject(parsed.alerted) && Object.values(parsed.alerted).every((v) => typeof v === 'string'))) {
    throw problem("its 'alerted' is not a map of times");
  }
  return parsed as unknown as BoardDocument;
}
