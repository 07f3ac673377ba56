import {
  boardChanges,
  boardDocument,
  boardErrorRow,
  digestMessage,
  digestText,
  isDigestMessage,
  type BoardDocument,
  type BoardRow,
} from '../../../../src/core/actions/board/agencyBoard';
import type { HealthStatus } from '../../../../src/core/health/healthReport';

const DAY = 86_400_000;
const MONDAY = new Date('2026-11-23T17:00:00Z');
const LA = 'America/Los_Angeles';

function client(ldr: HealthStatus, overdue = 0, signedOff = true): BoardRow {
  return {
    ...boardErrorRow({ file: 'glow.xlsx' }, ''),
    error: null,
    client: 'Glow & Co',
    market: 'US',
    health: [
      { metric: 'LDR', value: 0.045, status: ldr, warning: '3 more late shipments this window would breach 4%.' },
      { metric: 'VTR', value: 0.983, status: 'OK', warning: '' },
    ],
    ordersDue: { overdue, next24h: 4, wouldBreachLdr: false },
    lastSignOff: { by: 'ana@agency.example', at: '2026-11-20T15:00:00.000Z', current: signedOff },
  };
}

const board = (row: BoardRow, now: Date, alerted?: Record<string, string>): BoardDocument => boardDocument([row], now, now, alerted);

describe('the digest speaks only on change', () => {
  it('says nothing when nothing changed', () => {
    const { changes } = boardChanges(board(client('WATCH', 2), MONDAY), board(client('WATCH', 2), new Date(MONDAY.getTime() + DAY)));
    expect(changes).toEqual([]);
    expect(digestText(changes, LA)).toBe('');
  });

  it('reports a status that moved, orders that became overdue and a sign-off gone stale, as rates and counts', () => {
    const { changes } = boardChanges(board(client('OK', 0), MONDAY), board(client('WATCH', 3, false), new Date(MONDAY.getTime() + DAY)));
    expect(changes.map((change) => change.kind)).toEqual(['status', 'overdue', 'sign-off stale']);
    expect(digestText(changes, LA)).toBe(
      [
        'Glow & Co (US)',
        '- LDR: OK → WATCH, 4.5%. 3 more late shipments this window would breach 4%.',
        '- 3 orders overdue to ship (was 0); 4 more due in the next 24 hours.',
        '- the QA sign-off of 2026-11-20 by ana@agency.example is no longer current: check and sign off again.',
      ].join('\n'),
    );
  });

  it("dates a sign-off on the board's calendar, as the board shows it: an evening sign-off in Los Angeles is not tomorrow's", () => {
    const evening = { ...client('WATCH', 0, false), lastSignOff: { by: 'ana@agency.example', at: '2026-11-21T02:30:00.000Z', current: false } };
    const { changes } = boardChanges(board(client('WATCH'), MONDAY), board(evening, MONDAY));
    expect(digestText(changes, LA)).toContain('the QA sign-off of 2026-11-20 by ana@agency.example');
    expect(digestText(changes, 'Asia/Bangkok')).toContain('the QA sign-off of 2026-11-21 by ana@agency.example');
  });

  it('repeats a lasting AT RISK once a week has passed since it was last said, not before', () => {
    const moved = boardChanges(board(client('WATCH'), MONDAY), board(client('AT RISK'), MONDAY));
    expect(moved.changes).toMatchObject([{ kind: 'status', from: 'WATCH', to: 'AT RISK' }]);
    expect(moved.alerted).toEqual({ 'glow.xlsx · LDR': MONDAY.toISOString() });
    let previous = board(client('AT RISK'), MONDAY, moved.alerted);
    for (const days of [1, 6]) {
      const next = boardChanges(previous, board(client('AT RISK'), new Date(MONDAY.getTime() + days * DAY)));
      expect(next.changes).toEqual([]);
      expect(next.alerted).toEqual(moved.alerted);
      previous = board(client('AT RISK'), new Date(MONDAY.getTime() + days * DAY), next.alerted);
    }
    const week = new Date(MONDAY.getTime() + 7 * DAY);
    const repeated = boardChanges(previous, board(client('AT RISK'), week));
    expect(repeated.changes).toMatchObject([{ kind: 'still at risk', metric: 'LDR', lastSaid: MONDAY.toISOString() }]);
    expect(repeated.alerted).toEqual({ 'glow.xlsx · LDR': week.toISOString() });
  });

  it('writes the digest as an RFC 5322 message: dated, the subject and both bodies encoded, no line over 78 characters', () => {
    const { changes } = boardChanges(board(client('OK'), MONDAY), board(client('AT RISK'), MONDAY));
    const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
    const message = digestMessage(changes, LA, MONDAY, base64, { to: ['ana@agency.example'] });
    const lines = message.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['Date: Mon, 23 Nov 2026 17:00:00 +0000', 'To: ana@agency.example']);
    expect(lines[2]).toMatch(/^Subject: =\?UTF-8\?B\?/);
    expect(lines.every((line) => line.length <= 78)).toBe(true);
    const bodies = message.split(/\r\n\r\n/).slice(1);
    const text = Buffer.from(bodies[1].split('\r\n--')[0].replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(text).toBe(digestText(changes, LA));
  });

  it('knows its own digest from a message of the user under the same name (it is replaced only when it is ours)', () => {
    const { changes } = boardChanges(board(client('OK'), MONDAY), board(client('AT RISK'), MONDAY));
    const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
    const fromBase64 = (text: string): string => Buffer.from(text, 'base64').toString('utf8');
    expect(isDigestMessage(digestMessage(changes, LA, MONDAY, base64), fromBase64)).toBe(true);
    const mine = 'Date: Mon, 23 Nov 2026 17:00:00 +0000\r\nSubject: =?UTF-8?B?' + base64('Re: TTS Ops board: 1 change') + '?=\r\n\r\nmy reply';
    expect(isDigestMessage(mine, fromBase64)).toBe(false);
  });
});
