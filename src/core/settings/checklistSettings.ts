import { checkSettingRanges } from './settingRanges';
import { note, settingSection } from './settingNote';

/** The pre-delivery QA checklist: what a person ticks, and the accuracy checks' thresholds. */
export interface ChecklistSettings {
  manualItems: readonly string[];
  gmvTolerance: number;
  maxDataAgeDays: number;
}

const AGENCY = 'Agency default, not TikTok policy.';

const CHECKLIST = settingSection<ChecklistSettings>({
  manualItems: [
    ['Deck numbers match the read-out', 'Promo dates match the calendar', 'Client name and period right on every slide'],
    note('Manual checklist items', 'Checkboxes of the QA checklist, separated by semicolons.', AGENCY),
  ],
  gmvTolerance: [
    0.02,
    note(
      'Orders vs Analytics GMV tolerance',
      'A day whose Orders and Analytics GMV differ by more than this share is an error (0.02 = 2%).',
      `${AGENCY} Both date GMV by payment time; a day differs by cents, rarely 2%.`,
    ),
  ],
  maxDataAgeDays: [
    3,
    note(
      'Data age warning (days)',
      'Warn when the last Paid Time is more days before today.',
      `${AGENCY} A Monday export ends Sunday; 3 allows a long weekend.`,
    ),
  ],
});

export const DEFAULT_CHECKLIST_SETTINGS: ChecklistSettings = CHECKLIST.defaults;
/** What the Settings tab shows next to each value. */
export const CHECKLIST_SETTING_NOTES = CHECKLIST.notes;

const settingName = (key: keyof ChecklistSettings): string => `Setting '${CHECKLIST_SETTING_NOTES[key].label}' (${key})`;

export function checkChecklistSettings(checklist: ChecklistSettings): void {
  checkSettingRanges(checklist, { gmvTolerance: [0, 1, false], maxDataAgeDays: [0, 366, true] }, settingName, '0.02 = 2%');
}
