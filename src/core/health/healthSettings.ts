/** When a dispatch deadline falls on its last business day: at midnight ending it, or at the time of day the order was paid. */
export type DispatchCutoff = 'end of day' | 'same time';

export const DISPATCH_CUTOFFS: readonly DispatchCutoff[] = ['end of day', 'same time'];

/** Account-health thresholds and windows. Rates are fractions (0.04 = 4%). */
export interface HealthSettings {
  windowDays: number;
  dispatchSlaBusinessDays: number;
  dispatchCutoff: DispatchCutoff;
  /** Extra non-business days ('YYYY-MM-DD'); US federal holidays are computed by rule. */
  holidays: readonly string[];
  ldrLimit: number;
  ldrEnforcement: number;
  vtrTarget: number;
  sfcrLimit: number;
  cancelRateLimit: number;
  refundRateLimit: number;
  watchMargin: number;
  minimumOrders: number;
}

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  windowDays: 30,
  dispatchSlaBusinessDays: 2,
  dispatchCutoff: 'end of day',
  holidays: [],
  ldrLimit: 0.04,
  ldrEnforcement: 0.1,
  vtrTarget: 0.95,
  sfcrLimit: 0.025,
  cancelRateLimit: 0.05,
  refundRateLimit: 0.05,
  watchMargin: 0.2,
  minimumOrders: 20,
};

const SU = (id: string): string => `TikTok Shop Seller University SU-US:${id}`;
const AGENCY = 'Agency default, not TikTok policy: TikTok publishes no limit for this rate.';

/** What the Settings tab shows next to each value. */
export const HEALTH_SETTING_NOTES: Record<keyof HealthSettings, { label: string; description: string; source: string }> = {
  windowDays: {
    label: 'Health window (days)',
    description: 'Days ending on the as-of date (inclusive) that LDR, VTR, SFCR, cancel and refund rates cover.',
    source: `Agency default, the 30-day SFCR period of the Shop Performance Score (${SU('7823403742840619')}); Seller Center updates LDR, VTR and SFCR weekly on Mondays (${SU('7774796411864833')}).`,
  },
  dispatchSlaBusinessDays: {
    label: 'Dispatch SLA (business days)',
    description:
      'An order must ship within this many business days after the day it was paid (Mon–Fri, US federal holidays and the extra holidays below excluded).',
    source: `${SU('3995852763301633')}; ${SU('8064131472115499')} (regular orders: within 2 business days of the order date).`,
  },
  dispatchCutoff: {
    label: 'Dispatch deadline time',
    description:
      "'end of day': the deadline is midnight ending the last business day (Seller Center's stated 11:59 PM cut-off). 'same time': the deadline is that day at the time of day the order was paid.",
    source: `${SU('8064131472115499')} (cut-off 11:59 PM PST).`,
  },
  holidays: {
    label: 'Extra holidays',
    description:
      'Extra non-business days as YYYY-MM-DD dates (warehouse closures). US federal holidays, with their observed Friday/Monday, are always excluded.',
    source: `${SU('3995852763301633')} (business days exclude weekends and US federal holidays).`,
  },
  ldrLimit: {
    label: 'Late dispatch rate limit',
    description: 'LDR above this is AT RISK.',
    source: `${SU('3668989549299511')} (≤ 4%; page version 03/02/2026).`,
  },
  ldrEnforcement: {
    label: 'Late dispatch enforcement level',
    description: 'LDR above this is named in the Note as past the enforcement level.',
    source: `${SU('3668989549299511')} (> 10% enforcement; page version 03/02/2026).`,
  },
  vtrTarget: {
    label: 'Valid tracking rate target',
    description: 'VTR below this is AT RISK.',
    source: `${SU('1274968588748558')} (≥ 95%).`,
  },
  sfcrLimit: {
    label: 'Seller-fault cancellation rate limit',
    description: 'SFCR above this is AT RISK.',
    source: `${SU('7953001314830094')} (≤ 2.5%).`,
  },
  cancelRateLimit: {
    label: 'Cancel rate limit',
    description: 'Paid orders cancelled by anyone (buyer, seller or system), FBT included; above this is AT RISK.',
    source: AGENCY,
  },
  refundRateLimit: {
    label: 'Refund rate limit',
    description: 'Paid orders with a return or refund, FBT included; above this is AT RISK.',
    source: AGENCY,
  },
  watchMargin: {
    label: 'Watch margin',
    description:
      'WATCH when a rate is within this share of its limit: 0.2 makes LDR above 3.2% (80% of 4%) WATCH; for VTR the shortfall counts (below 96% when the target is 95%).',
    source: 'Agency default.',
  },
  minimumOrders: {
    label: 'Minimum orders',
    description: 'Below this many orders in a rate’s denominator the status is NOT ENOUGH DATA (the value is still shown).',
    source: 'Agency default: TikTok publishes no minimum; a rate over a handful of orders is noise.',
  },
};
