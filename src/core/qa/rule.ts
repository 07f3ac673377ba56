import type { Severity } from './finding';

/** One row of a check table. `{name}` placeholders in message and fix are filled from the finding's values; its settings and source are in ruleReferences.ts. */
export interface Rule {
  readonly severity: Severity;
  readonly message: string;
  readonly fix: string;
}

export type Rules<Id extends string> = { readonly [id in Id]: Rule };

export const errorRule = (message: string, fix: string): Rule => ({ severity: 'ERROR', message, fix });
export const warningRule = (message: string, fix: string): Rule => ({ severity: 'WARNING', message, fix });
export const infoRule = (message: string, fix: string): Rule => ({ severity: 'INFO', message, fix });

export type MessageValues = Readonly<Record<string, string | number>>;

export function fillTemplate(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
