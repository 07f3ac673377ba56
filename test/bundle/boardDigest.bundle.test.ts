// The board digest's trigger in the built bundle, against a recording fake of ScriptApp.
import { existsSync } from 'node:fs';
import { FakeTrigger } from '../sheets/fakeScriptApp';
import { FakeSpreadsheet } from '../sheets/fakeSpreadsheetApp';
import { generateOrderExport } from '../../src/demo/orderExport';
import { AUTH, boardRun, clientId, clientSpreadsheet } from '../support/boardFakes';
import { BUNDLE_PATH } from '../support/loadBundle';

const BOARD_ID = '1boardAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const board = (): FakeSpreadsheet => new FakeSpreadsheet({}, 'America/Los_Angeles', 'en_US', 'Agency board', BOARD_ID);

describe('the board digest trigger (bundle, fake ScriptApp)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE_PATH)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  });

  it('asks for its scopes first, then installs one hourly trigger for this user and remembers the board', () => {
    const run = boardRun(board(), []);
    run.sheets.ttsInstallBoardDigest();
    expect(run.script.calls).toEqual([
      'requireScopes FULL script.scriptapp script.send_mail spreadsheets',
      'getProjectTriggers',
      'create ttsBoardDigest every 1 h',
    ]);
    expect(run.app.userProperties.values).toEqual({ 'tts-ops.digestBoard': BOARD_ID });
    expect(run.app.ui.alerts[0]).toMatch(/^Board digest set up: once a day TTS Ops refreshes this board and emails you only when/);
  });

  it('installed again (from this or another board), keeps the one trigger and follows the newer board', () => {
    const triggers = [new FakeTrigger('ttsBoardDigest', 'every 1 h')];
    const run = boardRun(board(), [], { triggers });
    run.sheets.ttsInstallBoardDigest();
    expect(triggers.map((t) => t.handler)).toEqual(['ttsBoardDigest']);
    expect(run.app.ui.alerts[0]).toMatch(/^Your board digest now follows this board/);
  });

  it('removes only its own trigger: not another function’s, not another user’s', () => {
    const own = new FakeTrigger('ttsBoardDigest', 'every 1 h');
    const others = [new FakeTrigger('myOwnReport', 'every 1 d'), new FakeTrigger('ttsBoardDigest', 'every 1 h', 'colleague')];
    const run = boardRun(board(), [], { triggers: [others[0], own, others[1]] });
    run.app.userProperties.setProperty('tts-ops.digestBoard', BOARD_ID);
    run.sheets.ttsRemoveBoardDigest();
    expect(run.script.calls).toEqual(['requireScopes FULL script.scriptapp', 'getProjectTriggers', 'deleteTrigger ttsBoardDigest']);
    expect(run.script.triggers).toEqual(others);
    expect(run.app.userProperties.values).toEqual({});
    expect(run.app.ui.alerts).toEqual(['Board digest stopped: no more scheduled refreshes or emails.']);
  });

  it('says so when there is nothing to remove', () => {
    const run = boardRun(board(), []);
    run.sheets.ttsRemoveBoardDigest();
    expect(run.app.ui.alerts).toEqual(['You had no board digest set up; nothing changed.']);
  });

  it('installs nothing when the user declines a scope again', () => {
    const run = boardRun(board(), [], { granted: [`${AUTH}spreadsheets`] });
    expect(() => run.sheets.ttsInstallBoardDigest()).toThrow(/^The board digest needs permission to run on a schedule/);
    expect(run.script.calls).toEqual(['requireScopes FULL script.scriptapp script.send_mail spreadsheets']);
    expect(run.app.userProperties.values).toEqual({});
  });

  it('a scheduled run refreshes the board once a day and emails the user only when something changed', async () => {
    const orders = generateOrderExport({ seed: 4, endDay: '2026-11-22', days: 21, orders: 60 });
    const clients = [clientSpreadsheet(clientId(1), 'Glow & Co', orders), clientSpreadsheet(clientId(2), 'Kopi Nusantara', orders)];
    const spreadsheet = board();
    boardRun(spreadsheet, []).sheets.ttsSetUpBoard();
    spreadsheet.sheet('TTS · Board clients')!.load([[], ...clients.map((client) => [client.id])]);
    const hourly = async (at: string, drive = clients) => {
      const run = boardRun(null, [spreadsheet, ...drive], { start: at });
      run.app.userProperties.setProperty('tts-ops.digestBoard', BOARD_ID);
      await run.sheets.ttsBoardDigest();
      return { mail: run.mail, opened: run.app.services.filter((call) => call.startsWith('SpreadsheetApp.openById')).length };
    };
    const first = await hourly('2026-11-23T14:00:00Z');
    expect(first.opened).toBe(3);
    expect(first.mail.map((m) => [m.to, m.subject])).toEqual([['am@agency.example', 'TTS Ops board: 2 changes for 2 clients']]);
    expect(first.mail[0].body).toMatch(/^Glow & Co \(US\)\n- Cancel rate: new on the board → AT RISK, 8\.3%\. Over the 5% limit/);
    expect(await hourly('2026-11-23T15:00:00Z')).toEqual({ mail: [], opened: 1 }); // the day's digest is made: only the board is opened
    const nextDay = await hourly('2026-11-24T14:00:00Z', clients.slice(0, 1));
    expect(nextDay.opened).toBe(3);
    expect(nextDay.mail.map((m) => [m.subject, m.body])).toEqual([
      [
        'TTS Ops board: 2 changes for 2 clients',
        `Glow & Co (US)\n- 1 order overdue to ship (was 0); 9 more due in the next 24 hours.\n\n${clients[1].id}\n- the workbook could not be read: see the board for the reason.`,
      ],
    ]);
    expect((await hourly('2026-11-25T14:00:00Z', clients.slice(0, 1))).mail.map((m) => m.body)).toEqual([
      'Glow & Co (US)\n- 10 orders overdue to ship (was 1); 0 more due in the next 24 hours.',
    ]);
    expect(await hourly('2026-11-26T14:00:00Z', clients.slice(0, 1))).toEqual({ mail: [], opened: 3 }); // refreshed, nothing changed: no email
    const weekLater = (await hourly('2026-11-30T14:00:00Z', clients.slice(0, 1))).mail.map((m) => m.body);
    expect(weekLater).toEqual([expect.stringMatching(/^Glow & Co \(US\)\n- Cancel rate: still AT RISK, 8\.3% \(last said 2026-11-23\)/)]);
  });

  it('sends the digest again the next hour when the email was refused (a spent quota): the change is not lost', async () => {
    const orders = generateOrderExport({ seed: 4, endDay: '2026-11-22', days: 21, orders: 60 });
    const client = clientSpreadsheet(clientId(1), 'Glow & Co', orders);
    const spreadsheet = board();
    boardRun(spreadsheet, []).sheets.ttsSetUpBoard();
    spreadsheet.sheet('TTS · Board clients')!.load([[], [client.id]]);
    const hourly = async (at: string, mailRefused?: string) => {
      const run = boardRun(null, [spreadsheet, client], { start: at, mailRefused });
      run.app.userProperties.setProperty('tts-ops.digestBoard', BOARD_ID);
      await run.sheets.ttsBoardDigest();
      return run.mail.map((m) => m.subject);
    };
    await expect(hourly('2026-11-23T14:00:00Z', 'Service invoked too many times for one day: email.')).rejects.toThrow(
      /^TTS Ops could not finish: .*Service invoked too many times for one day: email\./,
    );
    expect(await hourly('2026-11-23T15:00:00Z')).toEqual(['TTS Ops board: 1 change for 1 client']);
    expect(await hourly('2026-11-23T16:00:00Z')).toEqual([]);
  });

  it('says how to stop the digest when its board spreadsheet is gone', () => {
    const run = boardRun(null, []);
    run.app.userProperties.setProperty('tts-ops.digestBoard', BOARD_ID);
    expect(() => run.sheets.ttsBoardDigest()).toThrow(
      new Error(
        'The board of your digest cannot be opened (deleted, or no longer shared with you): choose TTS Ops › Stop the board digest in any spreadsheet, or set it up again on another board.',
      ),
    );
    expect(run.mail).toEqual([]);
  });
});
