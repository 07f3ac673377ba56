import { runChecklist } from '../../src/core/actions/check';
import { appendQaLogRow, QA_LOG_TAB, readQaLog } from '../../src/core/actions/qaLogTab';
import { signOff } from '../../src/core/actions/signOff';
import { prepareDelivery } from '../../src/core/actions/export/exportPlan';
import { SHEETS_SURFACE } from '../../src/core/workbook/surface';
import { CLIENT_UPDATE_TABS } from '../../src/core/workbook/clientUpdateTabs';
import type { MemoryWorkbook } from '../../src/core/workbook/memoryWorkbook';
import { tabState } from '../../src/core/workbook/ownedTabs';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { PLAN_TABS } from '../../src/core/workbook/setupTabs';
import type { CellValue } from '../../src/core/workbook/workbookPort';
import { demoTrackerTabs } from '../../src/demo/trackerTabs';
import { twoWeekWorkbook } from '../core/report/reportFixture';
import { withDraft } from '../core/report/signOffFixture';

const REFRESHED = new Date('2026-11-23T16:00:00Z');
const SIGNED = new Date('2026-11-23T16:30:00Z');
const NOW = new Date('2026-11-23T17:00:00Z');
const ALL_ITEMS = 'all' as const;

/** The two-week client with every tracker tab the set-up adds (the demo's rows where it has some), refreshed. */
function refreshedClient(): MemoryWorkbook {
  const trackers: Record<string, CellValue[][]> = {};
  for (const tab of demoTrackerTabs('America/Los_Angeles')) {
    if (PLAN_TABS.some((plan) => plan.name === tab.name)) trackers[tab.name] = [[...tab.headers], ...tab.rows.map((row) => row.slice())];
  }
  for (const plan of PLAN_TABS) trackers[plan.name] ??= [[...plan.headers], plan.headers.map(() => '')];
  const workbook = twoWeekWorkbook(trackers);
  refreshReadout(workbook, { now: REFRESHED });
  return workbook;
}

function signedClient(): MemoryWorkbook {
  const workbook = withDraft(refreshedClient());
  signOff(workbook, { by: 'ana@agency.example', note: '', ticked: ALL_ITEMS }, SIGNED);
  return workbook;
}

const deliverReason = (workbook: MemoryWorkbook, override?: string): string => {
  const prepared = prepareDelivery(workbook, { cadence: 'wbr', now: NOW, override }, SHEETS_SURFACE);
  return prepared.ok ? 'delivered' : prepared.reason;
};

describe('the deliver gate covers every tab the client update shows', () => {
  it('the update reads no tab outside the signed list, and the list holds every tracker tab', () => {
    expect(CLIENT_UPDATE_TABS).toEqual(expect.arrayContaining(['Orders', 'Analytics', 'Settings', ...PLAN_TABS.map((tab) => tab.name)]));
    expect(deliverReason(signedClient())).toBe('delivered');
  });

  it.each(PLAN_TABS.map((tab) => tab.name))('text edited in %s after the draft and the sign-off is refused at delivery', (name) => {
    const workbook = signedClient();
    const tab = workbook.peek(name)!;
    tab[1][0] = 'UNREVIEWED RISK TEXT';
    expect(deliverReason(workbook)).toMatch(
      /^Not delivered: the data changed after the draft of the WBR 2026-11-16 – 2026-11-22 \(TTS · Exports row 3\)/,
    );
    withDraft(workbook);
    expect(deliverReason(workbook)).toMatch(/^Not delivered: the input tabs changed after the newest sign-off/);
  });
});

describe('a QA log row dated in the future', () => {
  it('blocks no later sign-off: the row appended last decides, and the checklist flags the date as a WARNING', () => {
    const workbook = refreshedClient();
    signOff(workbook, { by: 'ana@agency.example', note: '', ticked: ALL_ITEMS }, new Date('2027-01-01T00:00:00Z'));
    workbook.peek('Risks')![1][0] = 'A risk reviewed after the skewed sign-off';
    withDraft(workbook);
    signOff(workbook, { by: 'ben@agency.example', note: '', ticked: ALL_ITEMS }, SIGNED);
    expect(readQaLog(workbook.peek(QA_LOG_TAB)).map((row) => row.by)).toEqual(['ana@agency.example', 'ben@agency.example']);
    const prepared = prepareDelivery(workbook, { cadence: 'wbr', now: NOW }, SHEETS_SURFACE);
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.signOff).toBe('QA signed off by ben@agency.example at 2026-11-23 08:30 (America/Los_Angeles).');
    const warnings = runChecklist(workbook, NOW).groups.flatMap((group) => group.findings.filter((f) => f.check === 'sign-off-future-date'));
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'WARNING',
        tab: QA_LOG_TAB,
        a1: 'A4',
        message: expect.stringMatching(/^The sign-off on row 4 is dated 2026-12-31 16:00/),
      }),
    ]);
  });
});

describe('a sign-off forged by editing the file', () => {
  /** A row typed by hand: the fingerprint copied from the newest real row, zero errors, every item ticked. */
  function forgeRow(workbook: MemoryWorkbook, overrides: { manualItems?: string } = {}): void {
    const [real] = readQaLog(workbook.peek(QA_LOG_TAB)).slice(-1);
    appendQaLogRow(workbook, tabState(workbook), { ...real, at: NOW, by: 'forger', errors: 0, ...overrides });
  }

  it('is refused when the checks, run again at delivery, find an error the row does not record', () => {
    const workbook = signedClient();
    const analytics = workbook.peek('Analytics')!;
    analytics[8][1] = 999; // GMV 999 on 2026-11-16 against 60 in Orders: a gmv-mismatch ERROR
    refreshReadout(workbook, { now: SIGNED });
    withDraft(workbook);
    const checklist = runChecklist(workbook, NOW);
    expect(checklist.counts.ERROR).toBeGreaterThan(0);
    forgeRow(workbook);
    const [forged] = readQaLog(workbook.peek(QA_LOG_TAB)).slice(-1);
    expect(forged.inputsFingerprint).not.toBe(checklist.inputsFingerprint);
    appendQaLogRow(workbook, tabState(workbook), {
      ...forged,
      inputsFingerprint: checklist.inputsFingerprint,
      readoutRefreshed: SIGNED.toISOString(),
    });
    expect(deliverReason(workbook)).toMatch(
      /^Not delivered: the checks find \d+ errors? now, which the newest sign-off \(.* by forger, TTS · QA log row 6\) does not record; /,
    );
  });

  it('is refused when the row does not tick every manual item the checklist asks for', () => {
    const workbook = signedClient();
    forgeRow(workbook, { manualItems: 'Deck numbers match the read-out' });
    expect(deliverReason(workbook)).toMatch(
      /^Not delivered: the newest sign-off \(.* by forger, TTS · QA log row 5\) does not tick 'Promo dates match the calendar', 'Client name and period right on every slide'; /,
    );
  });
});
