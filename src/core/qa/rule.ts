import type { Severity } from './finding';

/** One row of a check table. `{name}` placeholders in message and fix are filled from the finding's values; its settings and source are in ruleReferences.ts. */
export interface Rule {
  readonly severity: Severity;
  readonly message: string;
  readonly fix: string;
}

export type Rules<Id extends string> = { readonly [id in Id]: Rule };

export type MessageValues = Readonly<Record<string, string | number>>;

export function fillTemplate(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
