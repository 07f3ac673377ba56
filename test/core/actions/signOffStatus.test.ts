import { appendQaLogRow, QA_LOG_TAB, readQaLog, type QaLogEntry } from '../../../src/core/actions/qaLogTab';
import { commandLineSurface, localSidebarSurface, SHEETS_SIDEBAR_SURFACE } from '../../../src/core/workbook/surface';
import { signOffStatus } from '../../../src/core/actions/signOffStatus';
import { inputFingerprint, INPUTS_FINGERPRINT_PROPERTY, signedFingerprint } from '../../../src/core/workbook/inputFingerprint';
import { memoizedInputReader } from '../../../src/core/workbook/inputReader';
import type { MemoryWorkbook } from '../../../src/core/workbook/memoryWorkbook';
import { tabState } from '../../../src/core/workbook/ownedTabs';
import { LAST_REFRESH_PROPERTY, refreshReadout } from '../../../src/core/actions/refreshReadout';
import type { CellValue } from '../../../src/core/workbook/workbookPort';
import { filledWorkbook, NOW, preparedOnce } from '../workbook/clientFixture';

const LATER = new Date(NOW.getTime() + 3_600_000);

/** A log row signed on the workbook as it is now (what signOff records). */
function entryNow(workbook: MemoryWorkbook, at: Date, overrides: Partial<QaLogEntry> = {}): QaLogEntry {
  const properties = workbook.readProperties();
  return {
    at,
    by: 'ana@agency.example',
    readoutRefreshed: properties[LAST_REFRESH_PROPERTY] ?? '',
    inputsFingerprint: signedFingerprint(memoizedInputReader(workbook, tabState(workbook))),
    checksRun: 'health; listing, promo and link QA; accuracy',
    errors: 0,
    warnings: 3,
    notes: 1,
    manualItems: 'Deck numbers match the read-out; Promo dates match the calendar',
    note: 'Week 47 deck',
    ...overrides,
  };
}

const refreshed = preparedOnce(() => {
  const workbook = filledWorkbook();
  refreshReadout(workbook, { now: NOW });
  return workbook;
});

describe('signOffStatus', () => {
  it('says how to sign off when the log has no row yet', () => {
    const status = signOffStatus(refreshed());
    expect(status).toEqual({
      signedOff: false,
      reason: 'Not signed off: the QA log has no sign-off yet; open TTS Ops › Open QA checklist, tick the items and sign off.',
      why: 'the QA log has no sign-off yet',
    });
  });

  it('names the way to sign off on the surface showing it: the menu, the terminal, a sidebar', () => {
    const workbook = refreshed();
    expect(signOffStatus(workbook, commandLineSurface('glow.xlsx')).reason).toBe(
      'Not signed off: the QA log has no sign-off yet; run tts-ops check glow.xlsx, then tts-ops sign-off glow.xlsx --by NAME.',
    );
    for (const sidebar of [SHEETS_SIDEBAR_SURFACE, localSidebarSurface('glow.xlsx')])
      expect(signOffStatus(workbook, sidebar).reason).toBe('Not signed off: the QA log has no sign-off yet; tick the items and Sign off below.');
  });

  it('is signed off when the newest row was signed on the last refresh and on the inputs as they are', () => {
    const workbook = refreshed();
    appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, new Date(NOW.getTime() + 60_000)));
    const { row } = appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, LATER, { by: 'ben@agency.example' }));
    expect(row).toBe(5);
    expect(signOffStatus(workbook)).toEqual({ signedOff: true, reason: '', why: '', newest: { at: LATER, by: 'ben@agency.example', row: 5 } });
    expect(workbook.ownedTabs().has(QA_LOG_TAB)).toBe(true);
  });

  it('is not signed off once an input tab changes after the sign-off, and says which sign-off and what to do', () => {
    const workbook = refreshed();
    appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, LATER));
    const products = workbook.peek('Products')!;
    products[2][3] = 19.99;
    const status = signOffStatus(workbook);
    expect(status.signedOff).toBe(false);
    expect(status.reason).toBe(
      'Not signed off: the input tabs changed after the newest sign-off (2026-11-23 10:00 America/Los_Angeles by ana@agency.example, TTS · QA log row 4); ' +
        'open TTS Ops › Open QA checklist, tick the items and sign off.',
    );
    expect(status.newest).toEqual({ at: LATER, by: 'ana@agency.example', row: 4 });
  });

  it('is not signed off after a later refresh, even on the same inputs', () => {
    const workbook = refreshed();
    appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, LATER));
    refreshReadout(workbook, { now: new Date(LATER.getTime() + 60_000) });
    expect(signOffStatus(workbook).reason).toMatch(
      /^Not signed off: the newest sign-off \(.*\) was made on another read-out \(the read-out was refreshed at 2026-11-23 10:01 America\/Los_Angeles\); open /,
    );
  });

  it('refuses a hand-typed row that records errors', () => {
    const workbook = refreshed();
    appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, LATER, { errors: 2 }));
    expect(signOffStatus(workbook).reason).toContain('does not record zero errors');
  });

  it("never reads a user's own tab named like the log, and appends its rows beside it", () => {
    const workbook = refreshed();
    workbook.addUserTab(QA_LOG_TAB, [
      ['Signed at', 'By'],
      [LATER, 'someone'],
    ]);
    expect(signOffStatus(workbook).signedOff).toBe(false);
    const { tab } = appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, LATER));
    expect(tab).toBe(`${QA_LOG_TAB} (2)`);
    expect(workbook.peek(QA_LOG_TAB)).toEqual([
      ['Signed at', 'By'],
      [LATER, 'someone'],
    ]);
    expect(signOffStatus(workbook).signedOff).toBe(true);
  });

  it('keeps every earlier row as it was when appending', () => {
    const workbook = refreshed();
    appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, NOW, { note: 'first' }));
    const before = workbook.peek(QA_LOG_TAB)!.map((row) => row.slice());
    appendQaLogRow(workbook, tabState(workbook), entryNow(workbook, LATER, { note: 'second' }));
    const after = workbook.peek(QA_LOG_TAB)!;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(readQaLog(after).map((row) => [row.row, row.note, row.warnings])).toEqual([
      [4, 'first', 3],
      [5, 'second', 3],
    ]);
  });
});

describe('inputFingerprint', () => {
  const tabs = (orders: CellValue[][]) => (name: string) => (name === 'Orders' ? orders : undefined);
  const orders: CellValue[][] = [
    ['Order ID', 'Paid Time', 'Amount'],
    ['1', new Date('2026-11-20T10:00:00Z'), 12.5],
  ];

  it('ignores trailing blank cells and rows, and changes with any value, its type or its tab', () => {
    const print = inputFingerprint(tabs(orders));
    expect(print).toMatch(/^[0-9a-f]{16}$/);
    expect(inputFingerprint(tabs([...orders.map((row) => [...row, '', null]), ['', '']]))).toBe(print);
    expect(inputFingerprint(tabs([orders[0], ['1', new Date('2026-11-20T10:00:01Z'), 12.5]]))).not.toBe(print);
    expect(inputFingerprint(tabs([orders[0], ['1', orders[1][1], '12.5']]))).not.toBe(print);
    expect(inputFingerprint(tabs([orders[0], ['1', orders[1][1], 12.51]]))).not.toBe(print);
    expect(inputFingerprint((name) => (name === 'Analytics' ? orders : undefined))).not.toBe(print);
  });

  it('is what the refresh records for the inputs it read, reading each tab once', () => {
    const workbook = filledWorkbook();
    refreshReadout(workbook, { now: NOW });
    expect(workbook.calls()['readTab:Orders']).toBe(1);
    expect(workbook.readProperties()[INPUTS_FINGERPRINT_PROPERTY]).toBe(inputFingerprint((name) => workbook.peek(name)));
  });
});
