import { evidencePack, type EvidencePack } from '../../../src/core/health/evidence/evidencePack';
import { DISPUTE_RULES } from '../../../src/core/health/evidence/disputeRules';
import { exportedText } from '../../../src/core/health/evidence/exportedText';
import { healthReport } from '../../../src/core/health/healthReport';
import { reportFormat } from '../../../src/core/format/reportFormat';
import { withSettings } from '../../../src/core/settings/settings';
import { dayFromParts, formatDay } from '../../../src/core/values/calendarDay';
import { InputError } from '../../../src/core/values/errors';
import { BUYER, EVIDENCE_ORDERS, evidenceExport, EXEMPT_DAY, expectedRules, WINDOW } from './evidenceExport';

const settings = withSettings({ timeZone: 'America/Los_Angeles' });
const format = reportFormat('USD', 'US', '.');
const day = (text: string): number => dayFromParts(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10));
const from = day(WINDOW.from);
const to = day(WINDOW.to);

function pack(metric: 'LDR' | 'VTR' | 'SFCR', values: unknown[][] = evidenceExport()): EvidencePack {
  return evidencePack(values, { metric, from, to, exemptDays: [EXEMPT_DAY], format }, settings, 'Orders');
}

describe('evidence pack: every order counted against the shop, and its dispute rule', () => {
  it.each(['LDR', 'VTR', 'SFCR'] as const)('%s: the orders and rules match the hand-worked table (look-alikes get no rule)', (metric) => {
    const result = pack(metric);
    expect(result.orders.map((o) => [o.orderId, o.rule?.id ?? null])).toEqual(expectedRules(metric));
  });

  it('every rule has a planted case, and each names what to attach and a source or none', () => {
    const planted = new Set((['LDR', 'VTR', 'SFCR'] as const).flatMap((m) => expectedRules(m).map(([, rule]) => rule)));
    expect(DISPUTE_RULES.map((rule) => rule.id).filter((id) => !planted.has(id))).toEqual([]);
    for (const rule of DISPUTE_RULES) expect(rule.attach.length).toBeGreaterThan(0);
  });

  it('hand-worked counts and the what-if: LDR 5 of 99 → 3 of 97 with the 2 disputable orders excused', () => {
    const ldr = pack('LDR');
    expect([ldr.row.numerator, ldr.row.denominator, ldr.row.status]).toEqual([5, 99, 'AT RISK']);
    expect([ldr.ifExcused.excused, ldr.ifExcused.row.numerator, ldr.ifExcused.row.denominator, ldr.ifExcused.row.status]).toEqual([2, 3, 97, 'OK']);
    expect(ldr.whatIf).toBe(
      'LDR 5.1% → 3.1%: within the 4% limit if the 2 disputable orders (Ready to ship before the deadline, collected after it: 1; An announced exemption day inside the SLA: 1) are excused.',
    );
    const sfcr = pack('SFCR');
    expect([sfcr.row.numerator, sfcr.row.denominator, sfcr.ifExcused.excused, sfcr.ifExcused.row.status]).toEqual([5, 106, 3, 'OK']);
    const vtr = pack('VTR');
    expect([vtr.row.numerator, vtr.row.denominator, vtr.ifExcused.row.numerator, vtr.ifExcused.row.denominator]).toEqual([95, 99, 95, 97]);
  });

  it.each(['LDR', 'VTR', 'SFCR'] as const)('%s what-if equals the rate recomputed on the export without the excused orders', (metric) => {
    const result = pack(metric);
    const excused = new Set(result.orders.filter((o) => o.rule).map((o) => o.orderId));
    const kept = EVIDENCE_ORDERS.filter((o) => !excused.has(o.id));
    const recomputed = healthReport(evidenceExport(kept), { asOf: WINDOW.to, windowDays: to - from + 1, metrics: [metric] }, settings).rows[0];
    expect([result.ifExcused.row.value, result.ifExcused.row.status]).toEqual([recomputed.value, recomputed.status]);
  });

  it('the deadline says what made it: the SLA, skipped weekend and holiday days, the cut-off', () => {
    const late = pack('LDR').orders.find((o) => o.orderId === '578000000000000005')!;
    expect(late).toMatchObject({
      paidTime: '2026-11-24 09:00',
      deadline: '2026-11-27 23:59',
      deadlineBasis: '2 business days after 2026-11-24; skipped 2026-11-26 holiday; end of day cut-off',
      shippedTime: '2026-11-28 10:00',
      carrier: 'USPS',
      trackingId: '9400111202555842700905',
      reason: 'Shipped 10 h 1 min late.',
    });
  });

  it('the timeline has each day of the window, its rate, and the late orders on their shipped days', () => {
    const { timeline } = pack('LDR');
    expect(timeline).toHaveLength(14);
    expect(timeline.filter((d) => d.against).map((d) => [formatDay(d.day), d.against])).toEqual([
      ['2026-11-19', 2],
      ['2026-11-20', 1],
      ['2026-11-25', 1],
      ['2026-11-28', 1],
    ]);
    const counted = timeline.reduce((sum, d) => sum + d.counted, 0);
    expect(counted).toBe(99);
  });

  it('without exemption days the exemption rule matches nothing; a bad day is refused by its text', () => {
    const result = evidencePack(evidenceExport(), { metric: 'LDR', from, to, format }, settings);
    expect(result.orders.filter((o) => o.rule).map((o) => o.rule!.id)).toEqual(['LDR-READY-ON-TIME']);
    expect(() => evidencePack(evidenceExport(), { metric: 'LDR', exemptDays: ['23/11/2026'], format }, settings)).toThrow(
      new InputError("An exemption day must be a date written YYYY-MM-DD; got '23/11/2026'."),
    );
  });

  it('holds no buyer data: names, phones, addresses and messages never reach the pack', () => {
    const text = JSON.stringify((['LDR', 'VTR', 'SFCR'] as const).map((m) => pack(m)));
    for (const value of Object.values(BUYER)) expect(text).not.toContain(value);
  });
});

describe('exportedText: what the pack shows of an export cell', () => {
  it('shows an ID, a carrier or a tracking number as exported, and a buyer name, phone or address pasted there by its shape only', () => {
    expect(['578000000000000001\t', 'FedEx', '1Z999AA10123456784', 123456789012, 9.4e21].map(exportedText)).toEqual([
      '578000000000000001',
      'FedEx',
      '1Z999AA10123456784',
      '123456789012',
      '(a whole number of 22 digits, digits lost)',
    ]);
    expect([BUYER.name, BUYER.phone, BUYER.address, 'Call Tanaka 09012345678'].map(exportedText)).toEqual([
      '(text of 13 characters (letters and spaces), not shown)',
      '(text of 16 characters (digits and other signs), not shown)',
      '(text of 28 characters (letters, digits, spaces and other signs), not shown)',
      '(text of 23 characters (letters, digits and spaces), not shown)',
    ]);
    expect(exportedText('9400 1118 9922 3344 5566 77')).toBe('9400 1118 9922 3344 5566 77');
  });
});
