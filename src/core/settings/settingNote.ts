/** What the Settings tab says about a setting: its label, what it changes, and where its default comes from. */
export interface SettingNote {
  readonly label: string;
  readonly description: string;
  readonly source: string;
}

export const note = (label: string, description: string, source: string): SettingNote => ({ label, description, source });
