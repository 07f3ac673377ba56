import { signOff } from '../../../src/core/actions/signOff';
import { QA_LOG_TAB, readQaLog } from '../../../src/core/actions/qaLogTab';
import { signOffStatus } from '../../../src/core/actions/signOffStatus';
import { CHECKS_RUN } from '../../../src/core/actions/check';
import { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { refreshReadout } from '../../../src/core/actions/refreshReadout';
import { demoClient, filledWorkbook, NAMED_SETTINGS, NOW, preparedOnce, ZONE } from '../workbook/clientFixture';

const LATER = new Date(NOW.getTime() + 600_000);
const ALL = ['Deck numbers match the read-out', 'Promo dates match the calendar', 'Client name and period right on every slide'];

const cleanWorkbook = preparedOnce(() => {
  const workbook = new MemoryWorkbook({ Orders: demoClient().orders, Analytics: demoClient().analytics, Settings: NAMED_SETTINGS }, ZONE);
  refreshReadout(workbook, { now: NOW });
  return workbook;
});

describe('signOff', () => {
  it('refuses while an ERROR remains, naming the first one, and writes nothing', () => {
    const workbook = filledWorkbook();
    workbook.addUserTab('Settings', NAMED_SETTINGS);
    refreshReadout(workbook, { now: NOW });
    expect(() => signOff(workbook, { by: 'ana@agency.example', note: '', ticked: ALL }, LATER)).toThrow(
      /^Sign-off refused: 6 errors remain \(first: Links!I4 ttclid=abc is the click ID of one ad click .*\); fix them and check again\.$/,
    );
    expect(workbook.peek(QA_LOG_TAB)).toBeUndefined();
  });

  it('refuses while a manual item is unticked, or a ticked item is not on the list', () => {
    const workbook = cleanWorkbook();
    expect(() => signOff(workbook, { by: 'ana', note: '', ticked: ALL.slice(0, 2) }, LATER)).toThrow(
      'Sign-off refused: not ticked yet: Client name and period right on every slide.',
    );
    expect(() => signOff(workbook, { by: 'ana', note: '', ticked: [...ALL, 'Anything'] }, LATER)).toThrow(
      "Sign-off refused: 'Anything' is not a manual item of this workbook (Settings checklist.manualItems).",
    );
    expect(() => signOff(workbook, { by: '  ', note: '', ticked: ALL }, LATER)).toThrow('say who signs off');
    expect(() => signOff(workbook, { by: 'ana', note: 'x'.repeat(2001), ticked: ALL }, LATER)).toThrow('the note is over 2000 characters');
    expect(workbook.peek(QA_LOG_TAB)).toBeUndefined();
  });

  it('appends the log row (when, who, checks, counts, items, note), after which the workbook is signed off', () => {
    const workbook = cleanWorkbook();
    expect(signOffStatus(workbook).signedOff).toBe(false);
    const result = signOff(workbook, { by: ' ana@agency.example ', note: ' Week 47 deck ', ticked: ALL }, LATER);
    expect(result.tab).toBe(QA_LOG_TAB);
    expect(result.row).toBe(4);
    const [row] = readQaLog(workbook.peek(QA_LOG_TAB));
    expect(row).toEqual({
      row: 4,
      at: LATER,
      by: 'ana@agency.example',
      readoutRefreshed: NOW.toISOString(),
      inputsFingerprint: result.checklist.inputsFingerprint,
      checksRun: CHECKS_RUN,
      errors: 0,
      warnings: 1,
      notes: 1,
      manualItems: ALL.join('; '),
      note: 'Week 47 deck',
    });
    expect(signOffStatus(workbook)).toEqual({ signedOff: true, reason: '', why: '', newest: { at: LATER, by: 'ana@agency.example', row: 4 } });
    signOff(workbook, { by: 'ben', note: '', ticked: ALL }, new Date(LATER.getTime() + 1000));
    expect(readQaLog(workbook.peek(QA_LOG_TAB)).map((r) => [r.row, r.by])).toEqual([
      [4, 'ana@agency.example'],
      [5, 'ben'],
    ]);
  });

  it("refuses the same person's second sign-off of the same read-out and inputs (Enter pressed twice), and takes it once something changed", () => {
    const workbook = cleanWorkbook();
    signOff(workbook, { by: 'ana', note: '', ticked: ALL }, LATER);
    const again = (): unknown => signOff(workbook, { by: 'ana', note: 'again', ticked: ALL }, new Date(LATER.getTime() + 1000));
    expect(again).toThrow(
      'Sign-off refused: ana already signed off this read-out and these inputs (2026-11-23 09:10 America/Los_Angeles, TTS · QA log row 4); nothing changed since.',
    );
    expect(readQaLog(workbook.peek(QA_LOG_TAB))).toHaveLength(1);
    refreshReadout(workbook, { now: LATER });
    again();
    expect(readQaLog(workbook.peek(QA_LOG_TAB)).map((r) => r.row)).toEqual([4, 5]);
  });
});
