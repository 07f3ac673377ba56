/** What the Settings tab says about a setting: its label, what it changes, and where its default comes from. */
export interface SettingNote {
  readonly label: string;
  readonly description: string;
  readonly source: string;
}

export const note = (label: string, description: string, source: string): SettingNote => ({ label, description, source });

/** A settings section written once, each key's default beside its note (the keys are not written twice in the Apps Script bundle). */
export function settingSection<Section extends object>(rows: { readonly [Key in keyof Section]: readonly [Section[Key], SettingNote] }): {
  readonly defaults: Section;
  readonly notes: Record<keyof Section, SettingNote>;
} {
  const entries = Object.entries(rows) as [keyof Section, readonly [Section[keyof Section], SettingNote]][];
  return {
    defaults: Object.fromEntries(entries.map(([key, [value]]) => [key, value])) as Section,
    notes: Object.fromEntries(entries.map(([key, [, settingNote]]) => [key, settingNote])) as Record<keyof Section, SettingNote>,
  };
}
