import { reportFormat } from '../../format/reportFormat';
import { draftMessage } from '../../report/render/draftMessage';
import { escapeTextNode } from '../../values/escapeHtml';
import type { BoardChange } from './boardChanges';
import { dayOnZone } from './boardView';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One change as a line: statuses, rates, counts and dates (days on `zone`'s calendar, as the board shows them) only; never an order's data. */
function changeLine(change: BoardChange, zone: string): string {
  const rate = (value: number | null): string => (value === null ? 'no rate' : reportFormat('', change.market).percent(value, 1));
  switch (change.kind) {
    case 'status':
      return `${change.metric}: ${change.from ?? 'new on the board'} → ${change.to}, ${rate(change.value)}. ${change.warning}`.trim();
    case 'still at risk':
      return `${change.metric}: still AT RISK, ${rate(change.value)} (last said ${dayOnZone(change.lastSaid, zone)}). ${change.warning}`.trim();
    case 'overdue':
      return `${plural(change.overdue, 'order')} overdue to ship (was ${change.previous}); ${change.next24h} more due in the next 24 hours.`;
    case 'sign-off stale':
      return `the QA sign-off of ${dayOnZone(change.at, zone)} by ${change.by || 'unknown'} is no longer current: check and sign off again.`;
    case 'unreadable':
      return 'the workbook could not be read: see the board for the reason.';
  }
}

/** The digest: one paragraph per client, a line per change, days on `zone`'s calendar; '' when nothing changed (no message is sent). */
export function digestText(changes: readonly BoardChange[], zone: string): string {
  const byClient = new Map<string, BoardChange[]>();
  for (const change of changes) byClient.set(change.file, [...(byClient.get(change.file) ?? []), change]);
  return [...byClient.values()]
    .map((list) => {
      const { client, market, file } = list[0];
      const name = `${client || file}${market ? ` (${market})` : ''}`;
      return [name, ...list.map((change) => `- ${changeLine(change, zone)}`)].join('\n');
    })
    .join('\n\n');
}

const SUBJECT_START = 'TTS Ops board:';

/** "TTS Ops board: 3 changes for 2 clients". */
export function digestSubject(changes: readonly BoardChange[]): string {
  const clients = new Set(changes.map((change) => change.file)).size;
  return `${SUBJECT_START} ${plural(changes.length, 'change')} for ${plural(clients, 'client')}`;
}

/** Whether `message` is a digest digestMessage wrote: its Subject (RFC 2047 encoded words, folded) starts as digestSubject's. */
export function isDigestMessage(message: string, fromBase64Utf8: (base64: string) => string): boolean {
  const subject = /^Subject:((?:.*)(?:\r\n[ \t].*)*)/m.exec(message)?.[1] ?? '';
  const words = [...subject.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)].map((word) => fromBase64Utf8(word[1]));
  return words.join('').startsWith(SUBJECT_START);
}

/**
 * The digest as an RFC 5322 message (text and HTML alternatives of the same text, headers folded as
 * the Gmail draft's are), for a mailer: recipients and sender are the mailer's unless given.
 */
export function digestMessage(
  changes: readonly BoardChange[],
  zone: string,
  date: Date,
  base64Utf8: (text: string) => string,
  addresses: { readonly to?: readonly string[]; readonly from?: string } = {},
): string {
  const text = digestText(changes, zone);
  const html = `<!doctype html><meta charset="utf-8"><pre style="font:14px/1.5 sans-serif;white-space:pre-wrap">${escapeTextNode(text)}</pre>`;
  return draftMessage({ to: addresses.to ?? [], from: addresses.from, date, subject: digestSubject(changes), text, html }, base64Utf8);
}
