import { checkSettingRanges } from '../settingRanges';

/** The pre-delivery QA checklist: what a person ticks, and the accuracy checks' thresholds. */
export interface ChecklistSettings {
  manualItems: readonly string[];
  gmvTolerance: number;
  maxDataAgeDays: number;
}

export const DEFAULT_CHECKLIST_SETTINGS: ChecklistSettings = {
  manualItems: ['Deck numbers match the read-out', 'Promo dates match the calendar', 'Client name and period right on every slide'],
  gmvTolerance: 0.02,
  maxDataAgeDays: 3,
};

const AGENCY = 'Agency default, not TikTok policy.';

export const CHECKLIST_SETTING_NOTES: Record<keyof ChecklistSettings, { label: string; description: string; source: string }> = {
  manualItems: {
    label: 'Manual checklist items',
    description: 'What a person confirms before sign-off, separated by commas, semicolons or new lines; each is a checkbox in the QA checklist.',
    source: `${AGENCY} The usual pre-delivery checks of a deck, a promo set-up or a catalog change.`,
  },
  gmvTolerance: {
    label: 'Orders vs Analytics GMV tolerance',
    description:
      'A day whose GMV in Orders and in Analytics differs by more than this fraction of the Orders GMV is an error (0.02 = 2%): a missing paste, another date range or time zone.',
    source: `${AGENCY} Both exports date GMV by payment time; Data Compass settles a day or so late and rounds, so a day may differ by cents, rarely by 2%.`,
  },
  maxDataAgeDays: {
    label: 'Data age warning (days)',
    description: 'A warning when the last Paid Time in Orders is more than this many days before today (shop time).',
    source: `${AGENCY} A weekly export pulled on Monday ends on Sunday; 3 days leaves room for a late Monday or a long weekend.`,
  },
};

const settingName = (key: keyof ChecklistSettings): string => `Setting '${CHECKLIST_SETTING_NOTES[key].label}' (${key})`;

export function checkChecklistSettings(checklist: ChecklistSettings): void {
  checkSettingRanges(checklist, { gmvTolerance: [0, 1, false], maxDataAgeDays: [0, 366, true] }, settingName, '0.02 = 2%');
}
